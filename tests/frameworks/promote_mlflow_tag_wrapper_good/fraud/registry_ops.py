"""Helpers the fraud team uses around the MLflow Model Registry."""
from mlflow.tracking import MlflowClient


def promote(client: MlflowClient, name: str, version: str, stage: str) -> None:
    """Mark a version as the one serving reads (the serving job filters on app_stage)."""
    client.set_model_version_tag(name, version, "app_stage", stage)


def annotate(client: MlflowClient, name: str, version: str, owner: str) -> None:
    client.set_model_version_tag(name, version, "owner", owner)
