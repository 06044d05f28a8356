"""Weekly check of the order-distance distribution against the training orders."""
import pandas as pd
from scipy.stats import ks_2samp


def distance_drift(reference: pd.DataFrame, current: pd.DataFrame, alpha: float = 0.05) -> bool:
    return bool(ks_2samp(reference["distance"], current["distance"]).pvalue < alpha)
