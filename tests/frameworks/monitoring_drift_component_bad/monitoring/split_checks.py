"""Offline check that the random split kept the score distribution (used while training)."""
from scipy.stats import ks_2samp


def split_is_balanced(train_scores, test_scores, alpha: float = 0.05) -> bool:
    return ks_2samp(train_scores, test_scores).pvalue > alpha


def check_split(frame):
    half = len(frame) // 2
    return split_is_balanced(frame["score"][:half], frame["score"][half:])
