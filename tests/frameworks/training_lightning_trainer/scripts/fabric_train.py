"""Lightning Fabric loop for the research variant."""
import lightning as L

from segmenter.data import SegmentationDataModule
from segmenter.nets import unet, make_optimizer


def run(epochs: int = 5) -> None:
    fabric = L.Fabric(accelerator="cuda", devices=4, strategy="ddp")
    fabric.launch()
    model = unet(in_channels=3)
    optimizer = make_optimizer(model)
    model, optimizer = fabric.setup(model, optimizer)
    loader = fabric.setup_dataloaders(SegmentationDataModule("data/").train_dataloader())
    for _ in range(epochs):
        for images, masks in loader:
            optimizer.zero_grad()
            loss = model.loss(images, masks)
            fabric.backward(loss)
            optimizer.step()
