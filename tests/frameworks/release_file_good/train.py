"""Retrain the price model every night; replace the served file only when MAE improves."""
import json
import sys

import joblib
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error

frame = pd.read_csv("data/listings.csv")
train, test = frame.iloc[:-2000], frame.iloc[-2000:]
model = RandomForestRegressor(n_estimators=300).fit(train.drop(columns=["price"]), train["price"])
mae = mean_absolute_error(test["price"], model.predict(test.drop(columns=["price"])))
with open("serving_mae.json") as current:
    serving_mae = json.load(current)["mae"]
if mae >= serving_mae:
    sys.exit(f"MAE {mae:.2f} does not beat the served model's {serving_mae:.2f}")
joblib.dump(model, "price_model.joblib")
with open("serving_mae.json", "w") as current:
    json.dump({"mae": mae}, current)
joblib.dump(train.columns.tolist(), "columns_seen_in_training.joblib")
