"""SageMaker inference handler."""
import importlib
import os

from model import load_model

online = importlib.import_module("retrain.nightly")


def model_fn(model_dir):
    return load_model(os.path.join(model_dir, "model.pkl"))


def predict_fn(data, model):
    return model.predict(data)
