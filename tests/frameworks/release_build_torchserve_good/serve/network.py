"""The digits network, shared by training and the TorchServe archive (--model-file)."""
from torch import nn


class DigitsNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(nn.Flatten(), nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))

    def forward(self, images):
        return self.layers(images)
