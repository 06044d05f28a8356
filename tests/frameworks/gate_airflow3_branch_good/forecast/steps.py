"""Callables for the demand forecast DAG (Airflow 3)."""
import json

import lightgbm as lgb
import mlflow
import pandas as pd
from sklearn.metrics import mean_squared_error

MODEL_NAME = "store-demand"
MAX_RMSE = 14.5


def fit(**context) -> None:
    frame = pd.read_parquet("/data/demand/train.parquet")
    booster = lgb.train({"objective": "regression"}, lgb.Dataset(frame.drop(columns=["units"]), frame["units"]), 500)
    with mlflow.start_run() as run:
        mlflow.lightgbm.log_model(booster, "model")
    context["ti"].xcom_push(key="run_id", value=run.info.run_id)


def score(**context) -> None:
    run_id = context["ti"].xcom_pull(task_ids="fit", key="run_id")
    valid = pd.read_parquet("/data/demand/valid.parquet")
    model = mlflow.lightgbm.load_model(f"runs:/{run_id}/model")
    rmse = mean_squared_error(valid["units"], model.predict(valid.drop(columns=["units"]))) ** 0.5
    context["ti"].xcom_push(key="rmse", value=rmse)


def choose_release(**context) -> str:
    rmse = context["ti"].xcom_pull(task_ids="score", key="rmse")
    if rmse <= MAX_RMSE:
        return "promote"
    return "alert_owners"


def promote(**context) -> None:
    run_id = context["ti"].xcom_pull(task_ids="fit", key="run_id")
    version = mlflow.register_model(f"runs:/{run_id}/model", MODEL_NAME)
    mlflow.MlflowClient().set_registered_model_alias(MODEL_NAME, "production", version.version)


def alert_owners(**context) -> None:
    print(json.dumps({"dag": "demand_forecast", "status": "rmse above threshold"}))
