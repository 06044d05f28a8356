"""Daily drift check of the scored applications against the training sample."""
import pandas as pd
from scipy.stats import ks_2samp


def drifted(reference: pd.DataFrame, current: pd.DataFrame) -> list[str]:
    return [c for c in ("income", "debt_ratio", "age") if ks_2samp(reference[c], current[c]).pvalue < 0.01]


if __name__ == "__main__":
    print(drifted(pd.read_parquet("data/train.parquet"), pd.read_parquet("data/scored_today.parquet")))
