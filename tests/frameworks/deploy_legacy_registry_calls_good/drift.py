"""Weekly drift check of the service's logged inputs against the training sample."""
from scipy.stats import ks_2samp


def drifted(reference, current, alpha: float = 0.01) -> bool:
    return ks_2samp(reference, current).pvalue < alpha
