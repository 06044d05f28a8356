"""Monthly offline report: are residuals different for late vs on-time restaurants?

Reads the labelled deliveries of the month and last month's model predictions.
"""
import sys

import numpy as np
import pandas as pd
from scipy.stats import ks_2samp


def main(path: str) -> None:
    df = pd.read_parquet(path)
    residual = df["predicted_min"] - df["actual_min"]
    late = df["restaurant_prep_min"] > df["restaurant_prep_p50_min"] * 1.5
    stat, pvalue = ks_2samp(residual[late], residual[~late])
    print(f"late restaurants: n={late.sum()} mean residual={residual[late].mean():.2f} min")
    print(f"on-time restaurants: n={(~late).sum()} mean residual={residual[~late].mean():.2f} min")
    print(f"KS={stat:.3f} p={pvalue:.2g}  -> {'prep-time feature underfits' if pvalue < 0.01 else 'ok'}")
    print("p90 abs error:", np.percentile(residual.abs(), 90))


if __name__ == "__main__":
    main(sys.argv[1])
