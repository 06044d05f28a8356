"""Fit the house-price regressor on the prepared features."""
import argparse
import os

import joblib
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor

parser = argparse.ArgumentParser()
parser.add_argument("--model-dir")
args = parser.parse_args()

frame = pd.read_parquet("features/train.parquet")
regressor = GradientBoostingRegressor(n_estimators=400).fit(frame.drop(columns=["price"]), frame["price"])
os.makedirs(args.model_dir, exist_ok=True)
joblib.dump(regressor, os.path.join(args.model_dir, "model.joblib"))
