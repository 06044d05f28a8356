"""ZenML step: flag features whose live distribution moved away from training."""
import pandas as pd
from scipy.stats import ks_2samp
from zenml import step


@step
def feature_drift(reference: pd.DataFrame, current: pd.DataFrame) -> list[str]:
    return [c for c in ("amount", "merchant_risk") if ks_2samp(reference[c], current[c]).pvalue < 0.01]
