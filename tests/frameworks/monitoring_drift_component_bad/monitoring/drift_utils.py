"""Helpers for a future drift job: nothing schedules or calls them yet."""
import numpy as np
from scipy.stats import wasserstein_distance


def detect_drift(sample_a: np.ndarray, sample_b: np.ndarray) -> float:
    """Distance between two samples; meant for data drift once scoring data is captured."""
    return wasserstein_distance(sample_a, sample_b)
