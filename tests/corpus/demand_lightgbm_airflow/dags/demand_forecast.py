"""Weekly retrain of the store-level demand forecaster."""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.python import PythonOperator

from demand import tasks

default_args = {"owner": "forecasting", "retries": 2, "retry_delay": timedelta(minutes=10)}

with DAG(
    dag_id="demand_forecast_weekly",
    start_date=datetime(2024, 1, 1),
    schedule="0 3 * * MON",
    catchup=False,
    default_args=default_args,
    tags=["ml", "forecasting"],
) as dag:
    extract = PythonOperator(task_id="extract", python_callable=tasks.extract_sales)
    train = PythonOperator(task_id="train", python_callable=tasks.train_model)
    evaluate = PythonOperator(task_id="evaluate", python_callable=tasks.evaluate_model)
    register = PythonOperator(task_id="register", python_callable=tasks.register_model)

    extract >> train >> evaluate >> register
