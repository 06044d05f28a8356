"""Nightly scoring job: scores yesterday's accounts with the production model."""
import mlflow
import pandas as pd

from risk.train import add_ratios


def main(day: str) -> None:
    model = mlflow.pyfunc.load_model("models:/default-risk/Production")
    accounts = pd.read_parquet(f"s3://risk-lake/accounts/{day}.parquet")
    scores = pd.DataFrame({"account_id": accounts["account_id"], "risk": model.predict(add_ratios(accounts))})
    scores.to_parquet(f"s3://risk-lake/scores/{day}.parquet")


if __name__ == "__main__":
    import sys

    main(sys.argv[1])
