"""Task callables for the weekly churn retrain DAG."""
import json

import mlflow
import pandas as pd
from mlflow import MlflowClient
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score

MODEL_NAME = "churn-hgb"
WORKDIR = "/opt/airflow/work/churn"
MIN_AUC = 0.82


def train_model(ds: str, ti) -> None:
    frame = pd.read_parquet(f"{WORKDIR}/features_{ds}.parquet")
    model = HistGradientBoostingClassifier(max_iter=300)
    model.fit(frame.drop(columns=["churned"]), frame["churned"])
    with mlflow.start_run(run_name=f"churn-{ds}") as run:
        mlflow.sklearn.log_model(model, "model")
        ti.xcom_push(key="run_id", value=run.info.run_id)


def evaluate_model(ds: str, ti) -> None:
    run_id = ti.xcom_pull(task_ids="train", key="run_id")
    model = mlflow.sklearn.load_model(f"runs:/{run_id}/model")
    holdout = pd.read_parquet(f"{WORKDIR}/holdout_{ds}.parquet")
    auc = roc_auc_score(holdout["churned"], model.predict_proba(holdout.drop(columns=["churned"]))[:, 1])
    ti.xcom_push(key="val_auc", value=float(auc))


def auc_above_threshold(ti) -> bool:
    val_auc = ti.xcom_pull(task_ids="evaluate", key="val_auc")
    return val_auc >= MIN_AUC


def register_model(ti) -> None:
    run_id = ti.xcom_pull(task_ids="train", key="run_id")
    version = mlflow.register_model(f"runs:/{run_id}/model", MODEL_NAME)
    MlflowClient().set_registered_model_alias(MODEL_NAME, "production", version.version)
