"""Fraud model retrain as a TaskFlow DAG."""
import pendulum
import mlflow
import pandas as pd
import xgboost as xgb
from airflow.sdk import dag, task
from sklearn.metrics import average_precision_score

MODEL_NAME = "fraud-xgb"
MIN_PR_AUC = 0.61


@dag(schedule="@daily", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, tags=["ml"])
def fraud_retrain():
    @task
    def train(ds=None) -> str:
        frame = pd.read_parquet(f"s3://fraud/features/{ds}.parquet")
        booster = xgb.train({"objective": "binary:logistic"}, xgb.DMatrix(frame.drop(columns=["label"]), frame["label"]), 400)
        with mlflow.start_run() as run:
            mlflow.xgboost.log_model(booster, "model")
        return run.info.run_id

    @task
    def evaluate(run_id: str) -> float:
        model = mlflow.xgboost.load_model(f"runs:/{run_id}/model")
        holdout = pd.read_parquet("s3://fraud/holdout.parquet")
        return float(average_precision_score(holdout["label"], model.predict(xgb.DMatrix(holdout.drop(columns=["label"])))))

    @task.branch
    def weekday_only(ds=None) -> str:
        if pendulum.parse(ds).day_of_week < 5:
            return "register"
        return "skip"

    @task
    def register(run_id: str) -> None:
        version = mlflow.register_model(f"runs:/{run_id}/model", MODEL_NAME)
        mlflow.MlflowClient().set_registered_model_alias(MODEL_NAME, "champion", version.version)

    run_id = train()
    evaluate(run_id)
    weekday_only() >> register(run_id)


fraud_retrain()
