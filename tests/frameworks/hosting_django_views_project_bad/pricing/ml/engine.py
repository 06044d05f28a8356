"""Everything about the price model in one place: fitting it on a CSV upload and using it."""
from pathlib import Path

import joblib
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor

MODEL_FILE = Path(__file__).with_name("price_model.joblib")


def train_from_csv(upload) -> float:
    frame = pd.read_csv(upload)
    model = GradientBoostingRegressor(n_estimators=250)
    model.fit(frame.drop(columns="price"), frame["price"])
    joblib.dump(model, MODEL_FILE)
    return float(model.score(frame.drop(columns="price"), frame["price"]))


def estimate(features: dict) -> float:
    model = joblib.load(MODEL_FILE)
    return float(model.predict(pd.DataFrame([features]))[0])
