"""Entry point of the model container: SageMaker handler functions, no training."""
import json
import os

import joblib


def model_fn(model_dir):
    return joblib.load(os.path.join(model_dir, "model.joblib"))


def input_fn(body, content_type):
    return json.loads(body)["instances"]


def predict_fn(data, model):
    return model.predict_proba(data)[:, 1].tolist()
