"""Fit the price model on the cleaned listings and save it for the web app."""
from pathlib import Path

import joblib
import pandas as pd
from sklearn.ensemble import RandomForestRegressor

ARTIFACTS = Path("artifacts")


def run(listings: str = "data/listings.csv") -> None:
    frame = pd.read_csv(listings)
    model = RandomForestRegressor(n_estimators=300, random_state=0)
    model.fit(frame.drop(columns="price"), frame["price"])
    ARTIFACTS.mkdir(exist_ok=True)
    joblib.dump(model, ARTIFACTS / "model.joblib")
