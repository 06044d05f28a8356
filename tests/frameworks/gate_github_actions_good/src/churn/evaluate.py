"""Score the candidate on the holdout month; exit non-zero when it misses the bar so CI stops."""
import argparse
import json
import sys

import joblib
import pandas as pd
from sklearn.metrics import accuracy_score


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="artifacts/model.joblib")
    parser.add_argument("--holdout", default="data/holdout.parquet")
    parser.add_argument("--min-accuracy", type=float, default=0.85)
    args = parser.parse_args()
    model = joblib.load(args.model)
    holdout = pd.read_parquet(args.holdout)
    accuracy = accuracy_score(holdout["churned"], model.predict(holdout.drop(columns=["churned"])))
    with open("artifacts/metrics.json", "w") as handle:
        json.dump({"accuracy": accuracy}, handle)
    if accuracy < args.min_accuracy:
        print(f"accuracy {accuracy:.3f} is below {args.min_accuracy}: not releasing")
        sys.exit(1)


if __name__ == "__main__":
    main()
