"""Fitting the tagging model: the training loop and its checkpoint."""
import torch
from torch import nn


class Engine:
    def __init__(self, net: nn.Module, checkpoint: str):
        self.net = net
        self.checkpoint = checkpoint

    def fit(self, loader, epochs: int = 5) -> None:
        optimizer = torch.optim.AdamW(self.net.parameters(), lr=2e-5)
        for _ in range(epochs):
            for tokens, tags in loader:
                loss = nn.functional.cross_entropy(self.net(tokens), tags)
                loss.backward()
                optimizer.step()
                optimizer.zero_grad()
        torch.save(self.net.state_dict(), self.checkpoint)
