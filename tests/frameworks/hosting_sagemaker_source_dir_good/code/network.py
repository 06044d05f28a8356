"""The network shared by training and serving."""
import torch
from torch import nn


class ReviewClassifier(nn.Module):
    def __init__(self, vocab_size: int = 20000, dim: int = 64):
        super().__init__()
        self.embed = nn.EmbeddingBag(vocab_size, dim)
        self.head = nn.Linear(dim, 2)

    def forward(self, tokens: torch.Tensor) -> torch.Tensor:
        return self.head(self.embed(tokens))
