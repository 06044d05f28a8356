"""SageMaker training entry point: fits the review classifier and saves its weights."""
import argparse
import os

import torch
from torch.utils.data import DataLoader

from torch import nn


class ReviewClassifier(nn.Module):
    def __init__(self, vocab_size: int = 20000, dim: int = 64):
        super().__init__()
        self.embed = nn.EmbeddingBag(vocab_size, dim)
        self.head = nn.Linear(dim, 2)

    def forward(self, tokens):
        return self.head(self.embed(tokens))


def tokenize(texts, vocab):
    return [torch.tensor([vocab.get(w, 0) for w in t.lower().split()]) for t in texts]


def fit(loader: DataLoader, epochs: int) -> "ReviewClassifier":
    model = ReviewClassifier()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(epochs):
        for tokens, labels in loader:
            optimizer.zero_grad()
            loss = torch.nn.functional.cross_entropy(model(tokens), labels)
            loss.backward()
            optimizer.step()
    return model


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=3)
    args = parser.parse_args()
    loader = torch.load(os.path.join(os.environ["SM_CHANNEL_TRAIN"], "loader.pt"))
    torch.save(fit(loader, args.epochs).state_dict(), os.path.join(os.environ["SM_MODEL_DIR"], "model.pth"))
