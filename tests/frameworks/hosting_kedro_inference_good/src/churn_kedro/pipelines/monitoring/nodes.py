"""Compare the nightly scores with the scores of the training window."""
import pandas as pd
from scipy.stats import ks_2samp


def score_drift(reference_scores: pd.Series, current_scores: pd.Series) -> dict:
    result = ks_2samp(reference_scores, current_scores)
    return {"ks": float(result.statistic), "p_value": float(result.pvalue)}
