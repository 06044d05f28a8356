import pandas as pd
from scipy.stats import ks_2samp
from zenml import step


@step
def input_drift(reference: pd.DataFrame, current: pd.DataFrame, alpha: float = 0.01) -> dict:
    """Compare this week's scored applications with the training sample, column by column."""
    return {c: bool(ks_2samp(reference[c], current[c]).pvalue < alpha) for c in reference.columns}
