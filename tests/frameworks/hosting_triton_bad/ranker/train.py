import torch
from torch import nn

FEATURE_ORDER = ["bm25", "ctr_7d", "price_rank", "freshness"]


class RankNet(nn.Module):
    def __init__(self, n_features: int = len(FEATURE_ORDER)):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(n_features, 64), nn.ReLU(), nn.Linear(64, 1))

    def forward(self, x):
        return self.net(x)


def train(loader, epochs: int = 10) -> RankNet:
    model = RankNet()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(epochs):
        for features, target in loader:
            optimizer.zero_grad()
            loss = nn.functional.mse_loss(model(features).squeeze(-1), target)
            loss.backward()
            optimizer.step()
    torch.save(model.state_dict(), "model_repository/ranker/1/ranknet.pt")
    return model
