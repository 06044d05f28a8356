"""Use the fitted price model; fitting happens offline in training/fit_prices.py."""
from pathlib import Path

import joblib
import pandas as pd

MODEL_FILE = Path(__file__).with_name("price_model.joblib")
_model = joblib.load(MODEL_FILE)


def estimate(features: dict) -> float:
    return float(_model.predict(pd.DataFrame([features]))[0])
