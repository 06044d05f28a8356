"""Entry point: `python -m segmenter.cli fit` (Lightning 2.x)."""
import lightning as L
from lightning.pytorch.callbacks import EarlyStopping, ModelCheckpoint

from segmenter.data import SegmentationDataModule
from segmenter.module import SegmentationModel
from segmenter.nets import unet


def main() -> None:
    model = SegmentationModel(unet(in_channels=3))
    datamodule = SegmentationDataModule("data/", batch_size=16)
    trainer = L.Trainer(
        max_epochs=50,
        accelerator="gpu",
        devices=2,
        callbacks=[EarlyStopping(monitor="val_loss"), ModelCheckpoint(monitor="val_iou", mode="max")],
    )
    trainer.fit(model, datamodule=datamodule)
    trainer.test(model, datamodule=datamodule)
