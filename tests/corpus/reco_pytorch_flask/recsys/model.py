import torch
from torch import nn


class TwoTower(nn.Module):
    """User and item towers producing 64-d embeddings scored by dot product."""

    def __init__(self, n_users: int, n_items: int, dim: int = 64):
        super().__init__()
        self.user = nn.Sequential(nn.Embedding(n_users, 128), nn.Linear(128, dim), nn.ReLU(), nn.Linear(dim, dim))
        self.item = nn.Sequential(nn.Embedding(n_items, 128), nn.Linear(128, dim), nn.ReLU(), nn.Linear(dim, dim))

    def forward(self, users: torch.Tensor, items: torch.Tensor) -> torch.Tensor:
        return (self.user(users) * self.item(items)).sum(-1)

    @torch.no_grad()
    def top_k(self, user_id: int, candidates: torch.Tensor, k: int = 20) -> list[int]:
        users = torch.full_like(candidates, user_id)
        scores = self.forward(users, candidates)
        return candidates[scores.topk(min(k, len(candidates))).indices].tolist()
