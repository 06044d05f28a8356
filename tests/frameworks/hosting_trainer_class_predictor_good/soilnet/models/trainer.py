"""Training loop for MoistureNet; run by the weekly retraining job only."""
import torch
from torch import nn


class Trainer:
    def __init__(self, net: nn.Module, lr: float = 1e-3):
        self.net = net
        self.optimizer = torch.optim.AdamW(net.parameters(), lr=lr)
        self.loss_fn = nn.SmoothL1Loss()

    def fit(self, loader, epochs: int = 20) -> None:
        self.net.train()
        for _ in range(epochs):
            for x, y in loader:
                self.optimizer.zero_grad()
                loss = self.loss_fn(self.net(x).squeeze(-1), y)
                loss.backward()
                self.optimizer.step()
