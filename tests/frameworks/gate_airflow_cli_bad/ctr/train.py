"""Fit the CTR model on the last four weeks of impressions."""
import argparse

import joblib
import lightgbm as lgb
import pandas as pd


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    impressions = pd.read_parquet("s3://ctr/impressions/last_4_weeks.parquet")
    model = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.05)
    model.fit(impressions.drop(columns=["clicked"]), impressions["clicked"])
    joblib.dump(model, f"{args.out}/model.joblib")


if __name__ == "__main__":
    main()
