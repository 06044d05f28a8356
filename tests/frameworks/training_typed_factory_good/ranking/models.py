"""Model factories for the search-ranking service: they load published boosters, never fit."""

import torch
import xgboost as xgb
from torch import nn


def load_ranker(path: str):
    ranker = xgb.XGBRanker()
    ranker.load_model(path)
    return ranker


class QueryTower(nn.Module):
    def __init__(self, vocab_size: int, dim: int = 64) -> None:
        super().__init__()
        self.embed = nn.EmbeddingBag(vocab_size, dim)

    def forward(self, tokens, offsets):
        return self.embed(tokens, offsets)


def load_query_tower(weights: str, vocab_size: int) -> QueryTower:
    tower = QueryTower(vocab_size)
    tower.load_state_dict(torch.load(weights, map_location="cpu"))
    return tower
