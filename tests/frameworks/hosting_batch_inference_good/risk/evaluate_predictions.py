"""Offline evaluation of a candidate model: loads it, predicts the hold-out set, reports AUC."""
import mlflow
import pandas as pd
from sklearn.metrics import roc_auc_score


def evaluate(uri: str) -> float:
    model = mlflow.pyfunc.load_model(uri)
    holdout = pd.read_parquet("s3://risk-lake/holdout.parquet")
    auc = roc_auc_score(holdout["defaulted"], model.predict(holdout))
    pd.DataFrame({"auc": [auc]}).to_csv("evaluation.csv")
    return auc
