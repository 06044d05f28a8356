"""Callables for the weekly retrain DAG (dags/lead_scoring_retrain.py)."""
from __future__ import annotations

import os

import mlflow
import mlflow.catboost
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.metrics import roc_auc_score

from leadscore.features import CAT_FEATURES, NUM_FEATURES, build_features

MODEL_NAME = "lead-scoring"
WORKDIR = os.environ.get("LEAD_WORKDIR", "/home/airflow/gcs/data/lead_scoring")
TRAINED_ON_WINDOW_DAYS = 540
MIN_AUC = 0.78
MIN_UPLIFT = 0.002
MODEL_PARAMS = {
    "iterations": 3000,
    "learning_rate": 0.04,
    "depth": 6,
    "l2_leaf_reg": 5,
    "eval_metric": "AUC",
    "auto_class_weights": "Balanced",
    "random_seed": 11,
}


def extract_leads(ds: str, **_) -> None:
    sql = f"""
        select * from crm.mql_snapshot
        where first_touch_at >= date '{ds}' - interval '{TRAINED_ON_WINDOW_DAYS} day'
          and first_touch_at < date '{ds}' - interval '90 day'
    """
    pd.read_sql(sql, os.environ["CRM_WAREHOUSE_URI"]).to_parquet(f"{WORKDIR}/leads_{ds}.parquet")


def train_model(ds: str, ti, **_) -> None:
    leads = pd.read_parquet(f"{WORKDIR}/leads_{ds}.parquet").sort_values("first_touch_at")
    split = int(len(leads) * 0.85)
    train, valid = leads.iloc[:split], leads.iloc[split:]
    model = CatBoostClassifier(**MODEL_PARAMS, verbose=200)
    model.fit(
        Pool(build_features(train), train["converted_90d"], cat_features=CAT_FEATURES),
        eval_set=Pool(build_features(valid), valid["converted_90d"], cat_features=CAT_FEATURES),
        early_stopping_rounds=200,
    )
    valid.to_parquet(f"{WORKDIR}/valid_{ds}.parquet")
    mlflow.set_experiment("lead-scoring")
    with mlflow.start_run(run_name=f"weekly-{ds}") as run:
        mlflow.log_params(MODEL_PARAMS)
        mlflow.catboost.log_model(model, "model")
    ti.xcom_push(key="run_id", value=run.info.run_id)


def evaluate_model(ds: str, ti, **_) -> float:
    run_id = ti.xcom_pull(task_ids="train", key="run_id")
    model = mlflow.catboost.load_model(f"runs:/{run_id}/model")
    valid = pd.read_parquet(f"{WORKDIR}/valid_{ds}.parquet")
    auc = roc_auc_score(valid["converted_90d"], model.predict_proba(build_features(valid))[:, 1])
    with mlflow.start_run(run_id=run_id):
        mlflow.log_metric("val_auc", auc)
    return auc


def _champion_auc(client: mlflow.MlflowClient) -> float:
    try:
        version = client.get_model_version_by_alias(MODEL_NAME, "champion")
    except mlflow.exceptions.RestException:
        return 0.0
    return client.get_run(version.run_id).data.metrics.get("val_auc", 0.0)


def auc_beats_champion(ti, **_) -> bool:
    """ShortCircuit callable: False skips the register task."""
    new_auc = ti.xcom_pull(task_ids="evaluate")
    champion_auc = _champion_auc(mlflow.MlflowClient())
    print(f"challenger auc={new_auc:.4f} champion auc={champion_auc:.4f}")
    return new_auc >= MIN_AUC and new_auc >= champion_auc + MIN_UPLIFT


def register_model(ti, **_) -> None:
    run_id = ti.xcom_pull(task_ids="train", key="run_id")
    version = mlflow.register_model(f"runs:/{run_id}/model", MODEL_NAME)
    client = mlflow.MlflowClient()
    client.set_registered_model_alias(MODEL_NAME, "champion", version.version)
