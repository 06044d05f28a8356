import lightning.pytorch as pl
import torch
from torch import nn

from ranker.tensors import masked_softmax


class RankerModule(pl.LightningModule):
    def __init__(self, n_features: int, hidden: int = 256, lr: float = 1e-3):
        super().__init__()
        self.save_hyperparameters()
        self.mlp = nn.Sequential(nn.Linear(n_features, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        return self.mlp(x).squeeze(-1)

    def training_step(self, batch, _):
        x, mask, rel = batch
        p = masked_softmax(self(x), mask)
        loss = -(rel.softmax(-1) * torch.log(p + 1e-9)).sum(-1).mean()
        self.log("train_listnet_loss", loss)
        return loss

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.hparams.lr)
