"""Handlers for the price model in the SageMaker LightGBM container."""

import json
from pathlib import Path

import lightgbm as lgb
import pandas as pd


def model_fn(model_dir):
    return lgb.Booster(model_file=str(Path(model_dir) / "price.txt"))


def input_fn(body, content_type):
    return pd.DataFrame(json.loads(body)["rows"])


def predict_fn(frame, booster):
    return {"prices": booster.predict(frame).round(2).tolist()}
