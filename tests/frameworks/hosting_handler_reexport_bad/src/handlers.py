"""Inference handlers for the churn model."""
import io

import joblib
import pandas as pd

from churn_training import FEATURES


def model_fn(model_dir):
    return joblib.load(f"{model_dir}/model.joblib")


def input_fn(body, content_type):
    return pd.read_csv(io.StringIO(body))[FEATURES]


def predict_fn(data, model):
    return model.predict_proba(data)[:, 1]
