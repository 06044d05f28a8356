"""Daily check: has the distribution of store traffic moved away from the training history?"""
import pandas as pd
from scipy.stats import ks_2samp


def traffic_drift(reference: pd.DataFrame, current: pd.DataFrame, alpha: float = 0.01) -> bool:
    return bool(ks_2samp(reference["visits"], current["visits"]).pvalue < alpha)
