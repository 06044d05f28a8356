"""Older pipeline still on pytorch_lightning 1.x."""
import pytorch_lightning as pl
from pytorch_lightning.loggers import TensorBoardLogger

from segmenter.data import SegmentationDataModule
from segmenter.module import SegmentationModel
from segmenter.nets import unet

if __name__ == "__main__":
    dm = SegmentationDataModule("data/", batch_size=8)
    trainer = pl.Trainer(gpus=1, max_epochs=30, logger=TensorBoardLogger("tb_logs"))
    trainer.fit(SegmentationModel(unet(in_channels=3)), dm)
