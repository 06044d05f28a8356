import pandas as pd
from scipy.stats import ks_2samp


def ticket_length_drift(reference: pd.Series, current: pd.Series) -> float:
    return float(ks_2samp(reference.str.len(), current.str.len()).pvalue)
