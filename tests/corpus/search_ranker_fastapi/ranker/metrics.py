import numpy as np
from sklearn.metrics import ndcg_score


def ndcg_at_10(relevance: np.ndarray, scores: np.ndarray) -> float:
    return float(ndcg_score(relevance, scores, k=10))
