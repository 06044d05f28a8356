"""Fit the credit-limit model on the monthly snapshot."""
import sys

sys.path.insert(0, "shared")

import joblib  # noqa: E402
import pandas as pd
from xgboost import XGBRegressor

from features import FEATURES  # noqa: E402


def fit(snapshot: str = "data/snapshot.parquet") -> None:
    frame = pd.read_parquet(snapshot)
    model = XGBRegressor(n_estimators=400, max_depth=5).fit(frame[FEATURES], frame["limit"])
    joblib.dump(model, "artifacts/limit_model.joblib")
