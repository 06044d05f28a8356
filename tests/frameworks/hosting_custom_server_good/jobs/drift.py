import pandas as pd
from scipy.stats import ks_2samp

from churn.features import COLUMNS


def drifted(reference: pd.DataFrame, current: pd.DataFrame, alpha: float = 0.01) -> list[str]:
    return [c for c in COLUMNS if ks_2samp(reference[c], current[c]).pvalue < alpha]
