"""Batch prediction from a checkpoint: load_from_checkpoint, eval, Trainer.predict only."""
import lightning as L
import torch

from segmenter.data import SegmentationDataModule
from segmenter.module import SegmentationModel


def predict(checkpoint: str, folder: str):
    model = SegmentationModel.load_from_checkpoint(checkpoint)
    model.eval()
    trainer = L.Trainer(accelerator="auto", devices=1, logger=False)
    batches = trainer.predict(model, datamodule=SegmentationDataModule(folder, batch_size=32))
    return torch.cat([torch.sigmoid(b) > 0.5 for b in batches])
