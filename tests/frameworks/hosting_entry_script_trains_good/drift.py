"""Weekly check: have the scored customers drifted away from the training extract?"""
import pandas as pd
from scipy.stats import ks_2samp


def drifted_features(reference: pd.DataFrame, current: pd.DataFrame) -> list[str]:
    return [c for c in ("tenure_months", "monthly_charges") if ks_2samp(reference[c], current[c]).pvalue < 0.01]
