"""Entry point for the SageMaker SKLearn serving container."""
import json
import os

import joblib

from common.io import load_frame


def model_fn(model_dir):
    return joblib.load(os.path.join(model_dir, "model.joblib"))


def input_fn(request_body, request_content_type):
    return load_frame(request_body, request_content_type)


def predict_fn(input_data, model):
    return model.predict_proba(input_data)[:, 1]


def output_fn(prediction, accept):
    return json.dumps({"fraud_probability": prediction.tolist()})
