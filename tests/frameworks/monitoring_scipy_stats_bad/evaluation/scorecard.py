"""Offline scorecard metrics for the churn model: KS between classes, train/test stability, IV."""

import numpy as np
import pandas as pd
from scipy.stats import ks_2samp, wasserstein_distance
from sklearn.metrics import roc_auc_score


def ks_statistic(scores: np.ndarray, y_test: np.ndarray) -> float:
    """The credit-scoring KS: separation of positives and negatives (not drift)."""
    return ks_2samp(scores[y_test == 1], scores[y_test == 0]).statistic


def split_shift(train_scores: np.ndarray, test_scores: np.ndarray) -> float:
    """How different are the train and test score distributions? (an offline split check)"""
    return wasserstein_distance(train_scores, test_scores)


def information_value(df: pd.DataFrame, feature: str, target: str, bins: int = 10) -> float:
    """Weight of evidence / IV for feature selection: same shape as PSI, different question."""
    binned = pd.qcut(df[feature], q=bins, duplicates="drop")
    grouped = df.groupby(binned)[target].agg(["sum", "count"])
    good = (grouped["count"] - grouped["sum"]) / (grouped["count"] - grouped["sum"]).sum()
    bad = grouped["sum"] / grouped["sum"].sum()
    woe = np.log((good + 1e-6) / (bad + 1e-6))
    return float(((good - bad) * woe).sum())


def evaluate(scores: np.ndarray, y_test: np.ndarray) -> dict:
    return {"auc": roc_auc_score(y_test, scores), "ks": ks_statistic(scores, y_test)}
