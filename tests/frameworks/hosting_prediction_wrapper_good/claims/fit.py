"""Nightly refit of the fraud model on the labelled claims."""
import argparse

import joblib
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    frame = pd.read_parquet(args.claims)
    estimator = GradientBoostingClassifier(max_depth=3)
    estimator.fit(frame.drop(columns=["is_fraud"]), frame["is_fraud"])
    joblib.dump(estimator, args.out)
