"""Publish a trained fraud model: register it and move the production alias."""
import mlflow
from mlflow import MlflowClient

from quality import passes_gate

MODEL = "fraud-lgbm"


def publish(run_id: str) -> None:
    version = mlflow.register_model(f"runs:/{run_id}/model", MODEL)
    MlflowClient().set_registered_model_alias(MODEL, "production", version.version)


def release(run_id: str, metrics: dict, champion: dict) -> bool:
    if passes_gate(metrics, champion):
        publish(run_id)
        return True
    return False


def backfill(run_ids: list, metrics: dict, champion: dict) -> None:
    for run_id in run_ids:
        if passes_gate(metrics[run_id], champion):
            publish(run_id)
