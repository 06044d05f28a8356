"""Quality numbers reported by the service's /metrics endpoint and by offline evaluation."""
import numpy as np
import torch
from sklearn.metrics import brier_score_loss, roc_auc_score


def probabilities(logits: torch.Tensor) -> np.ndarray:
    return torch.softmax(logits, dim=-1)[:, 1].numpy()


def quality(y_true: np.ndarray, y_prob: np.ndarray) -> dict:
    return {"auc": float(roc_auc_score(y_true, y_prob)), "brier": float(brier_score_loss(y_true, y_prob))}
