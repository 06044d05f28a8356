"""Vocabulary and the training loop of the sentiment model."""
import json

import torch


class Vocabulary:
    def __init__(self, words):
        self.index = {w: i for i, w in enumerate(words)}

    @classmethod
    def load(cls, path):
        with open(path) as fh:
            return cls(json.load(fh))

    def encode(self, texts):
        return torch.tensor([[self.index.get(w, 0) for w in t.split()][:64] + [0] * (64 - len(t.split()[:64])) for t in texts])


def train(model, batches, epochs=3):
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(epochs):
        for tokens, labels in batches:
            optimizer.zero_grad()
            torch.nn.functional.cross_entropy(model(tokens), labels).backward()
            optimizer.step()
