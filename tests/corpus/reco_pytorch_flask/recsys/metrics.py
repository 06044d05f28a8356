"""Offline ranking metrics shared by the trainer and the /debug endpoint."""
import numpy as np
import torch
from sklearn.metrics import ndcg_score


def recall_at_k(scores: torch.Tensor, relevant: torch.Tensor, k: int = 20) -> float:
    top = scores.topk(k, dim=-1).indices
    hits = torch.gather(relevant, 1, top).sum(-1).float()
    return (hits / relevant.sum(-1).clamp(min=1)).mean().item()


def ndcg_at_k(scores: np.ndarray, relevant: np.ndarray, k: int = 20) -> float:
    return float(ndcg_score(relevant, scores, k=k))
