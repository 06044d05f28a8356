"""Fit the price model on the cleaned listings and save it for the web app if it is good enough."""
from pathlib import Path

import joblib
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import r2_score

ARTIFACTS = Path("artifacts")
MIN_R2 = 0.7


def run(listings: str = "data/listings.csv", holdout: str = "data/holdout.csv") -> None:
    frame, test = pd.read_csv(listings), pd.read_csv(holdout)
    model = RandomForestRegressor(n_estimators=300, random_state=0)
    model.fit(frame.drop(columns="price"), frame["price"])
    r2 = r2_score(test["price"], model.predict(test.drop(columns="price")))
    if r2 < MIN_R2:
        raise SystemExit(f"holdout R2 {r2:.2f} is below {MIN_R2}: the served model is kept")
    ARTIFACTS.mkdir(exist_ok=True)
    joblib.dump(model, ARTIFACTS / "model.joblib")
