"""Hand-written drift checks: per-feature two-sample tests and PSI, reference vs current."""

import numpy as np
import pandas as pd
from scipy import stats

NUMERIC = ["tenure_months", "monthly_charges"]
CATEGORICAL = ["contract"]


def numeric_drift(reference: pd.DataFrame, current: pd.DataFrame, alpha: float = 0.01) -> dict:
    """Kolmogorov-Smirnov p-value and Wasserstein distance per numeric feature."""
    out = {}
    for column in NUMERIC:
        ks = stats.ks_2samp(reference[column].dropna(), current[column].dropna())
        distance = stats.wasserstein_distance(reference[column], current[column])
        out[column] = {"p_value": ks.pvalue, "wasserstein": distance, "drift": ks.pvalue < alpha}
    return out


def categorical_drift(ref_counts: pd.Series, prod_counts: pd.Series) -> float:
    table = pd.concat([ref_counts, prod_counts], axis=1).fillna(0).to_numpy().T
    chi2, p_value, _, _ = stats.chi2_contingency(table)
    return p_value


def population_stability_index(expected: np.ndarray, actual: np.ndarray, buckets: int = 10) -> float:
    edges = np.percentile(expected, np.linspace(0, 100, buckets + 1))
    expected_pct = np.histogram(expected, bins=edges)[0] / len(expected) + 1e-6
    actual_pct = np.histogram(actual, bins=edges)[0] / len(actual) + 1e-6
    return float(np.sum((actual_pct - expected_pct) * np.log(actual_pct / expected_pct)))
