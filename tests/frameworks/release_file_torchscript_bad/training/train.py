"""Train the line recognizer with Lightning, then stage it as TorchScript for the app."""
import lightning as L
import torch

from recognizer.config import STAGED_MODEL
from training.lit import LineRecognizer, LinesDataModule


def main() -> None:
    model = LineRecognizer()
    trainer = L.Trainer(max_epochs=20, accelerator="auto")
    trainer.fit(model, datamodule=LinesDataModule("data/lines"))
    print("val CER:", trainer.callback_metrics.get("val/cer"))
    torch.jit.save(model.to_torchscript(method="script"), STAGED_MODEL)


if __name__ == "__main__":
    main()
