"""Promote a registered grid-load version to the 'production' alias after a backtest."""
import sys

import mlflow
import pandas as pd
from sklearn.metrics import mean_absolute_error

from energy.features import make_features

MODEL = "grid-load-forecast"


def backtest_mae(version: str, holdout: pd.DataFrame) -> float:
    model = mlflow.sklearn.load_model(f"models:/{MODEL}/{version}")
    X = holdout.drop(columns=["load_mw"])
    return mean_absolute_error(holdout["load_mw"], model.predict(X))


def main(candidate: str, holdout_path: str) -> None:
    client = mlflow.MlflowClient()
    holdout = make_features(pd.read_parquet(holdout_path))
    current = client.get_model_version_by_alias(MODEL, "production")
    candidate_mae = backtest_mae(candidate, holdout)
    production_mae = backtest_mae(current.version, holdout)
    if candidate_mae > production_mae:
        sys.exit(f"candidate MAE {candidate_mae:.1f} worse than production {production_mae:.1f}")
    client.set_registered_model_alias(MODEL, "production", candidate)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
