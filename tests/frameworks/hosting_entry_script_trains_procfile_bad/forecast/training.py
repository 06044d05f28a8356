"""Fit the daily demand model on the sales history."""
import joblib
import pandas as pd
from lightgbm import LGBMRegressor


def train_and_save(history: str = "data/sales.parquet", out: str = "artifacts/demand.joblib") -> None:
    sales = pd.read_parquet(history)
    model = LGBMRegressor(n_estimators=600, learning_rate=0.03)
    model.fit(sales.drop(columns=["units"]), sales["units"])
    joblib.dump(model, out)
