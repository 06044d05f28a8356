"""Backtest the candidate on the last eight weeks; fail the job when its MAPE is too high."""
import argparse
import sys

import joblib
import pandas as pd
from sklearn.metrics import mean_absolute_percentage_error

from forecast.train import FEATURES


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="artifacts/forecaster.joblib")
    parser.add_argument("--max-mape", type=float, default=0.12)
    args = parser.parse_args()
    model = joblib.load(args.model)
    recent = pd.read_parquet("data/last_8_weeks.parquet")
    mape = mean_absolute_percentage_error(recent["units"], model.predict(recent[FEATURES]))
    if mape > args.max_mape:
        print(f"backtest MAPE {mape:.3f} is above {args.max_mape}: the release job will not run")
        sys.exit(1)


if __name__ == "__main__":
    main()
