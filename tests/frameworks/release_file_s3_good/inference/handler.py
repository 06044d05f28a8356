"""Inference Lambda: load the regressor from the model bucket and score the request."""
import os

import boto3
import joblib

s3 = boto3.client("s3")
BUCKET = os.environ["MODEL_BUCKET"]
MODEL_KEY = "models/latency-regressor.joblib"


def _load(key: str):
    s3.download_file(BUCKET, key, "/tmp/model.joblib")
    return joblib.load("/tmp/model.joblib")


def handler(event, _context):
    model = _load(MODEL_KEY)
    return {"prediction": model.predict(event["features"]).tolist()}
