"""ZenML step: compare the age and glucose distributions of new data with the training data."""
import pandas as pd
from scipy.stats import ks_2samp
from zenml import step


@step
def drift_report(reference: pd.DataFrame, current: pd.DataFrame) -> None:
    drifted = [c for c in ("age", "avg_glucose_level") if ks_2samp(reference[c], current[c]).pvalue < 0.01]
    if drifted:
        raise RuntimeError(f"drift in {drifted}")
