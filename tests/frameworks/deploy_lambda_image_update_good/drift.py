"""Daily: compare the spam scores of the last day with those of the training hold-out."""
import pandas as pd
from scipy.stats import ks_2samp


def score_drift(reference: pd.Series, current: pd.Series) -> float:
    return float(ks_2samp(reference, current).pvalue)
