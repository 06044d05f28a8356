"""A LightningModule: the Trainer that fits it lives in fit_ranker.py."""
import lightning as L
import torch
from torch import nn


class Ranker(L.LightningModule):
    def __init__(self, features: int = 16) -> None:
        super().__init__()
        self.score = nn.Linear(features, 1)

    def forward(self, x):
        return self.score(x).squeeze(-1)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.binary_cross_entropy_with_logits(self(x), y)

    def configure_optimizers(self):
        return torch.optim.AdamW(self.parameters(), lr=3e-4)
