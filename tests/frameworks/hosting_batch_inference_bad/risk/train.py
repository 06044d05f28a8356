"""Trains the default-risk model and logs it to MLflow."""
import mlflow
import pandas as pd
from xgboost import XGBClassifier


def add_ratios(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.assign(debt_to_income=frame["debt"] / frame["income"])


def train(frame: pd.DataFrame):
    with mlflow.start_run():
        model = XGBClassifier(max_depth=5).fit(add_ratios(frame).drop(columns=["defaulted", "account_id"]), frame["defaulted"])
        mlflow.xgboost.log_model(model, "model")
    return model
