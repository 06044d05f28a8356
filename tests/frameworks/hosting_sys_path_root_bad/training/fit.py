"""Fit the credit-limit model on the monthly snapshot."""
import joblib
import pandas as pd
from xgboost import XGBRegressor

FEATURES = ["income", "utilisation", "months_on_book", "late_payments_12m"]


def fit(snapshot: str = "data/snapshot.parquet") -> None:
    frame = pd.read_parquet(snapshot)
    model = XGBRegressor(n_estimators=400, max_depth=5).fit(frame[FEATURES], frame["limit"])
    joblib.dump(model, "artifacts/limit_model.joblib")
