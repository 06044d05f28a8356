"""Evaluate the candidate with mlflow.models.evaluate and decide against the champion."""
import mlflow
from mlflow import MlflowClient

MIN_AUC = 0.80
client = MlflowClient()


def evaluate_candidate(model_uri: str, eval_df):
    result = mlflow.models.evaluate(model_uri, eval_df, targets="churned", model_type="classifier", evaluators=["default"])
    return result.metrics


def beats_champion(metrics: dict, champion_auc: float) -> bool:
    return metrics["roc_auc"] >= max(MIN_AUC, champion_auc)
