"""Traffic-sign classifier and the script that fits it."""

import lightning as L
import torch
from torch import nn
from torch.utils.data import DataLoader


class SignNet(L.LightningModule):
    def __init__(self, classes: int = 43) -> None:
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(3 * 64 * 64, 256), nn.ReLU(), nn.Linear(256, classes))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)

    def training_step(self, batch, batch_idx):
        images, labels = batch
        return nn.functional.cross_entropy(self(images), labels)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-3)


def fit(train: DataLoader) -> SignNet:
    model = SignNet()
    L.Trainer(max_epochs=10).fit(model, train)
    return model
