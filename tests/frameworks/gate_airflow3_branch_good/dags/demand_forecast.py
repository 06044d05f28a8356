"""Demand forecast retrain on Airflow 3: a branch picks promote or alert on the RMSE."""
from airflow.providers.standard.operators.python import BranchPythonOperator, PythonOperator
from airflow.sdk import DAG, chain

from forecast import steps
from forecast.drift import drift_report

with DAG(dag_id="demand_forecast", schedule="0 3 * * MON", catchup=False):
    fit = PythonOperator(task_id="fit", python_callable=steps.fit)
    score = PythonOperator(task_id="score", python_callable=steps.score)
    decide = BranchPythonOperator(task_id="choose_release", python_callable=steps.choose_release)
    promote = PythonOperator(task_id="promote", python_callable=steps.promote)
    alert = PythonOperator(task_id="alert_owners", python_callable=steps.alert_owners)
    drift = PythonOperator(task_id="drift", python_callable=drift_report, op_args=["ref.parquet", "live.parquet"])

    chain(fit, score, decide, [promote, alert])
    promote >> drift
