"""Airflow DAG that scores the day's orders with the production forecaster."""
import pendulum
from airflow import DAG
from airflow.operators.python import PythonOperator

from demand.steps.trainer import train_model  # noqa: F401  (kept for the weekly DAG that moved out)


def score(ds, **_):
    import joblib
    import pandas as pd

    model = joblib.load("/models/demand.joblib")
    orders = pd.read_parquet(f"s3://orders/{ds}.parquet")
    orders.assign(forecast=model.predict(orders)).to_parquet(f"s3://forecasts/{ds}.parquet")


with DAG("demand_batch_prediction", start_date=pendulum.datetime(2026, 1, 1), schedule="@daily", catchup=False):
    PythonOperator(task_id="score", python_callable=score)
