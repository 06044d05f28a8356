"""Training Lambda: refit the regressor on the posted batch and store it in the model bucket."""
import os
import tempfile

import boto3
import joblib
from sklearn.linear_model import SGDRegressor

s3 = boto3.client("s3")
BUCKET = os.environ["MODEL_BUCKET"]
MODEL_KEY = "models/latency-regressor.joblib"


def _store(model, key: str) -> None:
    with tempfile.NamedTemporaryFile() as handle:
        joblib.dump(model, handle.name)
        s3.upload_file(handle.name, BUCKET, key)


def handler(event, _context):
    model = SGDRegressor().fit(event["features"], event["targets"])
    print("train R^2", model.score(event["features"], event["targets"]))
    _store(model, MODEL_KEY)
    return {"stored": MODEL_KEY}
