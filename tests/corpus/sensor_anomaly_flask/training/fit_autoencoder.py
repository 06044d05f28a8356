import json

import numpy as np
import torch
from torch import nn

from detector.metrics import best_threshold


class AutoEncoder(nn.Module):
    def __init__(self, width: int = 128, bottleneck: int = 16):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(width, 64), nn.GELU(), nn.Linear(64, bottleneck))
        self.decoder = nn.Sequential(nn.Linear(bottleneck, 64), nn.GELU(), nn.Linear(64, width))

    def forward(self, x):
        return self.decoder(self.encoder(x))


def fit(windows: np.ndarray, labels: np.ndarray, epochs: int = 30) -> None:
    model = AutoEncoder(windows.shape[1])
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    x = torch.as_tensor(windows, dtype=torch.float32)
    normal = x[torch.as_tensor(labels) == 0]
    for _ in range(epochs):
        for batch in normal.split(256):
            opt.zero_grad()
            loss = ((model(batch) - batch) ** 2).mean()
            loss.backward()
            opt.step()
    with torch.no_grad():
        errors = ((model(x) - x) ** 2).mean(-1).numpy()
    torch.jit.script(model).save("autoencoder.ts")
    with open("threshold.json", "w") as fh:
        json.dump({"p999_error": best_threshold(errors, labels)}, fh)
