import numpy as np
import torch

from signal_windows import windows


def fit(autoencoder: torch.nn.Module, series: np.ndarray, epochs: int = 20) -> None:
    optimizer = torch.optim.Adam(autoencoder.parameters(), lr=1e-3)
    batch = windows(series)
    for _ in range(epochs):
        optimizer.zero_grad()
        torch.nn.functional.mse_loss(autoencoder(batch), batch).backward()
        optimizer.step()
