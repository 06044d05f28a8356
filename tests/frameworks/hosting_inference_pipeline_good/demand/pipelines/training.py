"""Weekly retraining."""
from steps.loader import load_batch
from steps.trainer import train_model
from zenml import pipeline


@pipeline
def training(day: str):
    train_model(load_batch(day))
