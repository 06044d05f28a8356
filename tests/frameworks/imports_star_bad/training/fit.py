"""Fit the quote-pricing model (the star import brings GradientBoostingRegressor)."""
import joblib
import pandas as pd
from sklearn.ensemble import *

FEATURES = ["age", "vehicle_value", "postcode_risk"]


def fit(path: str) -> None:
    frame = pd.read_csv(path)
    model = GradientBoostingRegressor(n_estimators=500)
    model.fit(frame[FEATURES], frame["premium"])
    joblib.dump(model, "model.joblib")
