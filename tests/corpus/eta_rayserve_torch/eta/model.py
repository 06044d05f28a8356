import torch
from torch import nn

N_FEATURES = 9


class EtaNet(nn.Module):
    """3-layer MLP predicting log-minutes; exp() is applied by the caller."""

    def __init__(self, n_features: int = N_FEATURES, hidden: int = 128, dropout: float = 0.1):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(n_features, hidden),
            nn.ReLU(),
            nn.Dropout(dropout),
            nn.Linear(hidden, hidden),
            nn.ReLU(),
            nn.Dropout(dropout),
            nn.Linear(hidden, 1),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)
