"""Offline: refit the price model on the latest listings export."""
import joblib
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor

from pricing.ml.engine import MODEL_FILE

if __name__ == "__main__":
    frame = pd.read_csv("exports/listings.csv")
    model = GradientBoostingRegressor(n_estimators=250)
    model.fit(frame.drop(columns="price"), frame["price"])
    joblib.dump(model, MODEL_FILE)
