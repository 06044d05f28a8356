"""Daily check: do the stations' temperature readings still look like the training period's?"""
import pandas as pd
from scipy.stats import ks_2samp


def temperature_drift(reference: pd.DataFrame, current: pd.DataFrame, alpha: float = 0.01) -> bool:
    return bool(ks_2samp(reference["temperature"], current["temperature"]).pvalue < alpha)
