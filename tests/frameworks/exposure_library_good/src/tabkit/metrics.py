"""Calibration metrics, plus a drift helper users can call from their own monitoring jobs."""

import numpy as np
from scipy.stats import ks_2samp


def expected_calibration_error(labels, probabilities, bins: int = 10) -> float:
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.digitize(probabilities, edges[1:-1])
    error = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            error += mask.mean() * abs(labels[mask].mean() - probabilities[mask].mean())
    return float(error)


def feature_drift(reference, current, alpha: float = 0.01) -> dict:
    """Columns whose distribution moved between a reference and a current frame (KS test)."""
    return {column: ks_2samp(reference[column], current[column]).pvalue < alpha for column in reference.columns}
