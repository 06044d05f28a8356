from torch import nn

FEATURE_ORDER = ["bm25", "ctr_7d", "price_rank", "freshness"]


class RankNet(nn.Module):
    def __init__(self, n_features: int = len(FEATURE_ORDER)):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(n_features, 64), nn.ReLU(), nn.Linear(64, 1))

    def forward(self, x):
        return self.net(x)
