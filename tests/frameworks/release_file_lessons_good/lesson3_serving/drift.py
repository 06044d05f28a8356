"""Lesson 3 homework: compare this week's requests with the training sample."""
from scipy.stats import ks_2samp


def drifted(reference, current, alpha: float = 0.05) -> bool:
    return ks_2samp(reference, current).pvalue < alpha
