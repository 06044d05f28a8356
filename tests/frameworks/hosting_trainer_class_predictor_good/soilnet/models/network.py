"""Soil-moisture regressor: a small MLP over the station features."""
from torch import nn


class MoistureNet(nn.Module):
    def __init__(self, n_features: int, hidden: int = 64):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(n_features, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        return self.body(x)
