"""Gradient-boosted demand forecaster: fit on the history, save, load, predict."""
import joblib
import pandas as pd
from lightgbm import LGBMRegressor

_model = None


def fit(history: pd.DataFrame, path: str) -> None:
    model = LGBMRegressor(n_estimators=400)
    model.fit(history.drop(columns=["units"]), history["units"])
    joblib.dump(model, path)


def load(path: str) -> None:
    global _model
    _model = joblib.load(path)


def predict(frame: pd.DataFrame):
    return _model.predict(frame)
