import torch
from torch.utils.data import DataLoader

from preprocessing import normalise  # noqa: F401 - the same normalisation at training time


def fit(model: torch.nn.Module, loader: DataLoader, epochs: int = 10) -> None:
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4)
    for _ in range(epochs):
        for images, labels in loader:
            optimizer.zero_grad()
            torch.nn.functional.cross_entropy(model(images), labels).backward()
            optimizer.step()
