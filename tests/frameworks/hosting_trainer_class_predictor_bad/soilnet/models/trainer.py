"""Training loop for MoistureNet; also reloads a checkpoint and predicts, which the scripts reuse."""
import torch
from torch import nn

from soilnet.models.network import MoistureNet


class Trainer:
    def __init__(self, net: nn.Module, lr: float = 1e-3):
        self.net = net
        self.optimizer = torch.optim.AdamW(net.parameters(), lr=lr)
        self.loss_fn = nn.SmoothL1Loss()

    @classmethod
    def from_checkpoint(cls, path: str, n_features: int) -> "Trainer":
        trainer = cls(MoistureNet(n_features))
        trainer.net.load_state_dict(torch.load(path, map_location="cpu"))
        return trainer

    def fit(self, loader, epochs: int = 20) -> None:
        self.net.train()
        for _ in range(epochs):
            for x, y in loader:
                self.optimizer.zero_grad()
                loss = self.loss_fn(self.net(x).squeeze(-1), y)
                loss.backward()
                self.optimizer.step()

    def load_checkpoint(self, path: str) -> None:
        self.net.load_state_dict(torch.load(path, map_location="cpu"))

    @torch.no_grad()
    def predict(self, features: torch.Tensor) -> torch.Tensor:
        self.net.eval()
        return self.net(features).squeeze(-1)
