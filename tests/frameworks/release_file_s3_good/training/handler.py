"""Training Lambda: refit on the posted batch; store it for serving only when it validates."""
import os
import tempfile

import boto3
import joblib
from sklearn.linear_model import SGDRegressor

s3 = boto3.client("s3")
BUCKET = os.environ["MODEL_BUCKET"]
MODEL_KEY = "models/latency-regressor.joblib"
CANDIDATE_KEY = "candidates/latency-regressor.joblib"
MIN_R2 = 0.8


def _store(model, key: str) -> None:
    with tempfile.NamedTemporaryFile() as handle:
        joblib.dump(model, handle.name)
        s3.upload_file(handle.name, BUCKET, key)


def handler(event, _context):
    model = SGDRegressor().fit(event["features"], event["targets"])
    _store(model, CANDIDATE_KEY)
    r2 = model.score(event["validation_features"], event["validation_targets"])
    if r2 < MIN_R2:
        return {"stored": CANDIDATE_KEY, "promoted": False, "r2": r2}
    _store(model, MODEL_KEY)
    return {"stored": MODEL_KEY, "promoted": True, "r2": r2}
