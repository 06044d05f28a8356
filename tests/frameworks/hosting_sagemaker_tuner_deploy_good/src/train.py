"""Training script the SageMaker PyTorch container runs (SM_* environment variables)."""
import argparse
import os

import torch
from torch import nn


def build() -> nn.Module:
    return nn.Sequential(nn.Linear(20, 32), nn.ReLU(), nn.Linear(32, 2))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lr", type=float, default=0.01)
    parser.add_argument("--epochs", type=int, default=5)
    args = parser.parse_args()
    data = torch.load(os.path.join(os.environ["SM_CHANNEL_TRAIN"], "train.pt"))
    model = build()
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    for _ in range(args.epochs):
        for features, labels in data:
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(model(features), labels)
            loss.backward()
            optimizer.step()
    torch.save(model.state_dict(), os.path.join(os.environ["SM_MODEL_DIR"], "model.pth"))


if __name__ == "__main__":
    main()
