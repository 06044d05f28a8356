import json
import os

import lightgbm as lgb
import mlflow
import pandas as pd
from sklearn.metrics import mean_absolute_percentage_error

from demand.features import add_calendar, add_lags

WORKDIR = os.environ.get("DEMAND_WORKDIR", "/opt/airflow/work/demand")
MODEL_NAME = "store-demand"


def extract_sales(**context) -> None:
    ds = context["ds"]
    frame = pd.read_sql(f"select * from sales.daily where date < '{ds}'", os.environ["WAREHOUSE_URI"])
    frame.to_parquet(f"{WORKDIR}/sales_{ds}.parquet")


def train_model(**context) -> None:
    ds = context["ds"]
    df = add_lags(add_calendar(pd.read_parquet(f"{WORKDIR}/sales_{ds}.parquet")))
    cutoff = df["date"].max() - pd.Timedelta(days=28)
    train, valid = df[df["date"] <= cutoff], df[df["date"] > cutoff]
    features = [c for c in df.columns if c not in ("units", "date")]
    booster = lgb.train(
        {"objective": "tweedie", "learning_rate": 0.05, "num_leaves": 127, "feature_fraction": 0.8},
        lgb.Dataset(train[features], train["units"]),
        num_boost_round=2000,
        valid_sets=[lgb.Dataset(valid[features], valid["units"])],
        callbacks=[lgb.early_stopping(100)],
    )
    with mlflow.start_run(run_name=f"demand-{ds}") as run:
        mlflow.lightgbm.log_model(booster, "model")
        context["ti"].xcom_push(key="run_id", value=run.info.run_id)
    valid.to_parquet(f"{WORKDIR}/valid_{ds}.parquet")


def evaluate_model(**context) -> None:
    ds = context["ds"]
    run_id = context["ti"].xcom_pull(task_ids="train", key="run_id")
    model = mlflow.lightgbm.load_model(f"runs:/{run_id}/model")
    valid = pd.read_parquet(f"{WORKDIR}/valid_{ds}.parquet")
    features = [c for c in valid.columns if c not in ("units", "date")]
    mape = mean_absolute_percentage_error(valid["units"], model.predict(valid[features]))
    with mlflow.start_run(run_id=run_id):
        mlflow.log_metric("mape", mape)
    with open(f"{WORKDIR}/metrics_{ds}.json", "w") as fh:
        json.dump({"mape": mape}, fh)


def register_model(**context) -> None:
    run_id = context["ti"].xcom_pull(task_ids="train", key="run_id")
    version = mlflow.register_model(f"runs:/{run_id}/model", MODEL_NAME)
    client = mlflow.MlflowClient()
    client.set_registered_model_alias(MODEL_NAME, "production", version.version)
