"""The network only: what the demo needs to load a checkpoint."""

import torch
from torch import nn


class SignNet(nn.Module):
    def __init__(self, classes: int = 43) -> None:
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(3 * 64 * 64, 256), nn.ReLU(), nn.Linear(256, classes))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)
