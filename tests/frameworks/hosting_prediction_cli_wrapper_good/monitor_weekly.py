"""Weekly check: has the mix of promotions drifted since the training window?"""
import pandas as pd
from scipy.stats import chisquare


def promo_mix_drift(reference: pd.Series, current: pd.Series) -> float:
    expected = reference.value_counts(normalize=True).sort_index()
    observed = current.value_counts().reindex(expected.index, fill_value=0)
    return float(chisquare(observed, expected * observed.sum()).pvalue)
