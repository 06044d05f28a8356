"""Mark the version the nightly run just registered as the challenger; evaluation decides later."""
from mlflow import MlflowClient

client = MlflowClient()


def mark_challenger(model_name: str, version: str) -> None:
    client.set_registered_model_alias(model_name, "challenger", version)


def mark_candidate(model_name: str, version: str) -> None:
    client.set_registered_model_alias(name=model_name, alias="Candidate", version=version)
