import torch
from torch import nn

from ranker.model import RankNet


def train(loader, epochs: int = 10) -> RankNet:
    model = RankNet()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(epochs):
        for features, target in loader:
            optimizer.zero_grad()
            nn.functional.mse_loss(model(features).squeeze(-1), target).backward()
            optimizer.step()
    torch.save(model.state_dict(), "model_repository/ranker/1/ranknet.pt")
    return model
