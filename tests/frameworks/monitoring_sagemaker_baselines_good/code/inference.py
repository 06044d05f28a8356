"""Fraud scorer handlers for the SageMaker scikit-learn container."""

import os

import joblib
import numpy as np


def model_fn(model_dir):
    return joblib.load(os.path.join(model_dir, "fraud_pipeline.joblib"))


def input_fn(request_body, request_content_type):
    if request_content_type != "text/csv":
        raise ValueError(f"unsupported content type {request_content_type}")
    return np.loadtxt(request_body.splitlines(), delimiter=",", ndmin=2)


def predict_fn(rows, pipeline):
    return pipeline.predict_proba(rows)[:, 1]
