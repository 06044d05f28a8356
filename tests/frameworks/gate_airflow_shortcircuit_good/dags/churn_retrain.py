"""Weekly churn retrain: train, evaluate, and register only if the AUC gate passes."""
from datetime import datetime

from airflow.models import DAG
from airflow.operators.python import PythonOperator, ShortCircuitOperator

from churn import tasks
from churn.drift import drift_report
from churn.tasks import auc_above_threshold

with DAG(dag_id="churn_retrain", start_date=datetime(2024, 1, 1), schedule="@weekly", catchup=False) as dag:
    train = PythonOperator(task_id="train", python_callable=tasks.train_model)
    evaluate = PythonOperator(task_id="evaluate", python_callable=tasks.evaluate_model)
    quality_gate = ShortCircuitOperator(task_id="auc_gate", python_callable=auc_above_threshold)
    register = PythonOperator(task_id="register", python_callable=tasks.register_model)
    drift = PythonOperator(task_id="drift", python_callable=drift_report, op_args=["ref.parquet", "live.parquet"])

    train >> evaluate >> quality_gate >> register
    register.set_downstream(drift)
