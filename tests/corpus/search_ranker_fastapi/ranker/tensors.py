"""Tensor helpers used by both serving and training."""
import torch


def pad_candidates(features: list[list[float]], max_len: int = 200) -> tuple[torch.Tensor, torch.Tensor]:
    n = min(len(features), max_len)
    x = torch.zeros(max_len, len(features[0]) if features else 1)
    mask = torch.zeros(max_len, dtype=torch.bool)
    if n:
        x[:n] = torch.tensor(features[:n])
        mask[:n] = True
    return x, mask


def masked_softmax(scores: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    return scores.masked_fill(~mask, float("-inf")).softmax(-1)
