"""Evaluation step: compare the new registry version with the production one on the holdout set."""
from dataclasses import dataclass

import mlflow
import pandas as pd
from sklearn.metrics import roc_auc_score


@dataclass(frozen=True)
class EvaluationArtifact:
    new_auc: float
    prod_auc: float
    is_model_accepted: bool


def evaluate(version: str, margin: float = 0.005) -> EvaluationArtifact:
    holdout = pd.read_parquet("data/holdout.parquet")
    features, labels = holdout.drop(columns="churned"), holdout["churned"]
    new_auc = roc_auc_score(labels, mlflow.pyfunc.load_model(f"models:/churn-dev/{version}").predict(features))
    prod_auc = roc_auc_score(labels, mlflow.pyfunc.load_model("models:/churn-prod@champion").predict(features))
    return EvaluationArtifact(new_auc, prod_auc, new_auc > prod_auc + margin)
