"""Backtest the forecaster on the held-out year and print the error (for the model card)."""

import joblib
import pandas as pd
from sklearn.metrics import mean_absolute_percentage_error


def backtest(holdout_path: str) -> float:
    holdout = pd.read_parquet(holdout_path)
    model = joblib.load("artifacts/regressor.joblib")
    mape = mean_absolute_percentage_error(holdout["units_sold"], model.predict(holdout.drop(columns="units_sold")))
    print(f"holdout MAPE: {mape:.3f}")
    return mape
