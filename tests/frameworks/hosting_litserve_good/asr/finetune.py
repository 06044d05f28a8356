import lightning as L
import torch
from transformers import WhisperForConditionalGeneration

from asr.audio import CHECKPOINT


class WhisperFinetuner(L.LightningModule):
    def __init__(self):
        super().__init__()
        self.model = WhisperForConditionalGeneration.from_pretrained(CHECKPOINT)

    def training_step(self, batch, batch_idx):
        return self.model(input_features=batch["input_features"], labels=batch["labels"]).loss

    def configure_optimizers(self):
        return torch.optim.AdamW(self.parameters(), lr=1e-5)


def main(datamodule) -> None:
    trainer = L.Trainer(max_epochs=3)
    trainer.fit(WhisperFinetuner(), datamodule=datamodule)
