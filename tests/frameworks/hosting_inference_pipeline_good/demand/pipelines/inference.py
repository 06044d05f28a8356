"""Daily batch forecast."""
from steps.loader import load_batch
from steps.predictor import predict_batch
from zenml import pipeline
from zenml.client import Client


@pipeline
def inference(day: str):
    model = Client().get_artifact_version("demand_model")
    predict_batch(load_batch(day), model)
