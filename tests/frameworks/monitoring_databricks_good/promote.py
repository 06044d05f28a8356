"""Promote the evaluated candidate to the champion alias served by the Databricks endpoint."""

from mlflow import MlflowClient

MODEL = "main.fraud.fraud_model"


def promote(version: str, candidate_auc: float, champion_auc: float) -> None:
    if candidate_auc <= champion_auc:
        raise SystemExit("candidate does not beat the champion")
    MlflowClient(registry_uri="databricks-uc").set_registered_model_alias(MODEL, "champion", version)
