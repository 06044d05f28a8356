"""PyTorch script-mode file used both as the training entry point and, through model_fn, for serving."""
import argparse
import os

import torch
from torch import nn


def build() -> nn.Module:
    return nn.Sequential(nn.Flatten(), nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))


def model_fn(model_dir):
    model = build()
    model.load_state_dict(torch.load(os.path.join(model_dir, "digits.pt")))
    return model.eval()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=5)
    args = parser.parse_args()
    data = torch.load(os.path.join(os.environ["SM_CHANNEL_TRAIN"], "digits.pt"))
    model = build()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(args.epochs):
        for images, labels in data:
            optimizer.zero_grad()
            nn.functional.cross_entropy(model(images), labels).backward()
            optimizer.step()
    torch.save(model.state_dict(), os.path.join(os.environ["SM_MODEL_DIR"], "digits.pt"))
