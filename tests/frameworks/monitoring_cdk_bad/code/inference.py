"""Fraud scorer handlers (XGBoost) behind the CDK-defined endpoint."""

import io
import os

import pandas as pd
import xgboost as xgb


def model_fn(model_dir):
    classifier = xgb.XGBClassifier()
    classifier.load_model(os.path.join(model_dir, "fraud.json"))
    return classifier


def input_fn(body, content_type):
    return pd.read_csv(io.StringIO(body), header=None)


def predict_fn(frame, classifier):
    return classifier.predict_proba(frame)[:, 1].tolist()
