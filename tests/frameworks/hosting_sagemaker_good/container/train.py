import torch
from torch import nn


def train(model: nn.Module, loader, epochs: int = 20) -> None:
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4)
    for _ in range(epochs):
        for x, y in loader:
            optimizer.zero_grad()
            nn.functional.l1_loss(model(x), y).backward()
            optimizer.step()
    torch.jit.script(model).save("/opt/ml/model/model.pt")
