import numpy as np
import torch

WINDOW = 64


def windows(series: np.ndarray) -> torch.Tensor:
    return torch.from_numpy(np.lib.stride_tricks.sliding_window_view(series, WINDOW)).float()


def fit(autoencoder: torch.nn.Module, series: np.ndarray, epochs: int = 20) -> None:
    optimizer = torch.optim.Adam(autoencoder.parameters(), lr=1e-3)
    batch = windows(series)
    for _ in range(epochs):
        optimizer.zero_grad()
        torch.nn.functional.mse_loss(autoencoder(batch), batch).backward()
        optimizer.step()
