"""Nightly batch scoring: the newest model file in models/ scores yesterday's orders."""
import glob

import joblib
import pandas as pd


def main() -> None:
    model = joblib.load(max(glob.glob("models/*.joblib")))
    orders = pd.read_parquet("data/orders_yesterday.parquet")
    orders["fraud_score"] = model.predict_proba(orders.drop(columns=["order_id"]))[:, 1]
    orders[["order_id", "fraud_score"]].to_parquet("data/scores.parquet", index=False)


if __name__ == "__main__":
    main()
