"""Score the candidate on yesterday's impressions; a non-zero exit fails the Airflow task."""
import argparse

import joblib
import pandas as pd
from sklearn.metrics import roc_auc_score


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True)
    parser.add_argument("--min-auc", type=float, required=True)
    args = parser.parse_args()
    model = joblib.load(f"{args.model}/model.joblib")
    holdout = pd.read_parquet("s3://ctr/impressions/yesterday.parquet")
    auc = roc_auc_score(holdout["clicked"], model.predict_proba(holdout.drop(columns=["clicked"]))[:, 1])
    if auc < args.min_auc:
        raise SystemExit(f"AUC {auc:.4f} below {args.min_auc}")


if __name__ == "__main__":
    main()
