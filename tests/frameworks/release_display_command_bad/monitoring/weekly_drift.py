"""Compare last week's forecast requests with the training features (Kolmogorov-Smirnov per
feature) and write the drifted ones to the monitoring table the on-call alert reads."""
import pandas as pd
from scipy.stats import ks_2samp


def drifted_features(reference: pd.DataFrame, current: pd.DataFrame, alpha: float = 0.01) -> list[str]:
    return [c for c in reference.columns if ks_2samp(reference[c], current[c]).pvalue < alpha]


if __name__ == "__main__":
    drifted = drifted_features(pd.read_parquet("data/weekly_sales.parquet"), pd.read_parquet("data/requests_last_week.parquet"))
    pd.DataFrame({"feature": drifted}).to_parquet("monitoring/drifted_features.parquet")
