import numpy as np
from scipy.stats import ks_2samp


def brightness_drift(reference_pixels: np.ndarray, current_pixels: np.ndarray) -> float:
    return float(ks_2samp(reference_pixels.mean(axis=(1, 2, 3)), current_pixels.mean(axis=(1, 2, 3))).pvalue)
