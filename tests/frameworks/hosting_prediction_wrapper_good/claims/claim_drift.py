"""Weekly check: has the claim-amount distribution moved away from the training claims?"""
import json
import sys

import pandas as pd
from scipy.stats import ks_2samp


def amount_drift(reference: pd.Series, current: pd.Series, alpha: float = 0.01) -> dict:
    result = ks_2samp(reference, current)
    return {"statistic": float(result.statistic), "drifted": bool(result.pvalue < alpha)}


if __name__ == "__main__":
    reference = pd.read_parquet(sys.argv[1])["amount"]
    current = pd.read_parquet(sys.argv[2])["amount"]
    json.dump(amount_drift(reference, current), sys.stdout)
