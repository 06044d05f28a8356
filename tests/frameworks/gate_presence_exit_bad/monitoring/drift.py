"""Weekly drift report: compare this week's loan applications with the training sample."""
import pandas as pd
from scipy.stats import ks_2samp


def drifted_columns(reference: pd.DataFrame, current: pd.DataFrame) -> list[str]:
    return [c for c in ("income", "loan_amount", "age") if ks_2samp(reference[c], current[c]).pvalue < 0.01]


if __name__ == "__main__":
    print(drifted_columns(pd.read_parquet("data/train.parquet"), pd.read_parquet("data/this_week.parquet")))
