"""Fit the churn classifier on the latest feature snapshot and write it to artifacts/."""
import argparse
from pathlib import Path

import joblib
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--features", default="data/features.parquet")
    parser.add_argument("--out", default="artifacts/model.joblib")
    args = parser.parse_args()
    frame = pd.read_parquet(args.features)
    model = HistGradientBoostingClassifier(max_iter=300).fit(frame.drop(columns=["churned"]), frame["churned"])
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, args.out)


if __name__ == "__main__":
    main()
