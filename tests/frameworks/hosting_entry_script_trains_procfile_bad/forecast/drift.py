"""Compare this week's request features with the training history."""
import pandas as pd
from scipy.stats import ks_2samp


def drift_report(reference: pd.DataFrame, current: pd.DataFrame) -> dict[str, float]:
    return {c: float(ks_2samp(reference[c], current[c]).pvalue) for c in ("price", "promo_depth")}
