"""Train the line recognizer; stage the TorchScript model for the app only when its
validation CER beats the bar."""
import sys

import lightning as L
import torch

from recognizer.config import STAGED_MODEL
from training.lit import LineRecognizer, LinesDataModule

MAX_VAL_CER = 0.12


def main() -> None:
    model = LineRecognizer()
    trainer = L.Trainer(max_epochs=20, accelerator="auto")
    trainer.fit(model, datamodule=LinesDataModule("data/lines"))
    val_cer = float(trainer.callback_metrics["val/cer"])
    # a copy for offline debugging, not a path anything serves from
    torch.jit.save(model.to_torchscript(method="script"), "debug/last-scripted.pt")
    if val_cer > MAX_VAL_CER:
        sys.exit(f"val CER {val_cer:.3f} above {MAX_VAL_CER}: keeping the staged model")
    torch.jit.save(model.to_torchscript(method="script"), STAGED_MODEL)


if __name__ == "__main__":
    main()
