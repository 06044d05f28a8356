"""Weekly churn retrain. The AUC check fans out next to register instead of before it."""
from datetime import datetime

from airflow import DAG
from airflow.models.baseoperator import chain
from airflow.operators.python import PythonOperator, ShortCircuitOperator

from churn import tasks
from churn.drift import drift_report

with DAG(dag_id="churn_retrain", start_date=datetime(2024, 1, 1), schedule="@weekly", catchup=False) as dag:
    train = PythonOperator(task_id="train", python_callable=tasks.train_model)
    evaluate = PythonOperator(task_id="evaluate", python_callable=tasks.evaluate_model)
    quality_gate = ShortCircuitOperator(task_id="auc_gate", python_callable=tasks.auc_above_threshold)
    register = PythonOperator(task_id="register", python_callable=tasks.register_model)
    drift = PythonOperator(task_id="drift", python_callable=drift_report, op_args=["ref.parquet", "live.parquet"])

    chain(train, evaluate, [quality_gate, register])
    drift << register
