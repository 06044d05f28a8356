"""A small feed-forward network for next-day solar output, trained by its own loop."""
import torch
from torch import nn


class OutputNet(nn.Module):
    def __init__(self, features: int = 12):
        super().__init__()
        self.layers = nn.Sequential(nn.Linear(features, 64), nn.ReLU(), nn.Linear(64, 1))

    def forward(self, x):
        return self.layers(x)

    def fit_model(self, frame, epochs: int = 20):
        x = torch.tensor(frame.drop(columns="kwh").values, dtype=torch.float32)
        y = torch.tensor(frame["kwh"].values, dtype=torch.float32).unsqueeze(1)
        optimiser = torch.optim.Adam(self.parameters(), lr=1e-3)
        for _ in range(epochs):
            optimiser.zero_grad()
            loss = nn.functional.mse_loss(self(x), y)
            loss.backward()
            optimiser.step()

    @classmethod
    def restore(cls, path: str) -> "OutputNet":
        net = cls()
        net.load_state_dict(torch.load(path, map_location="cpu"))
        return net.eval()
