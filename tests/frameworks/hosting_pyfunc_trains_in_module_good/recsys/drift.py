import pandas as pd
from scipy.stats import ks_2samp


def popularity_shift(reference: pd.Series, current: pd.Series) -> float:
    """Kolmogorov-Smirnov statistic between last month's and this week's request counts per item."""
    return float(ks_2samp(reference.values, current.values).statistic)
