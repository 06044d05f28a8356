from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.python import PythonOperator, ShortCircuitOperator

from leadscore import tasks

with DAG(
    dag_id="lead_scoring_weekly_retrain",
    start_date=datetime(2024, 3, 4),
    schedule="0 5 * * MON",
    catchup=False,
    default_args={"owner": "growth-ml", "retries": 1, "retry_delay": timedelta(minutes=15)},
    tags=["ml", "lead-scoring"],
) as dag:
    extract = PythonOperator(task_id="extract", python_callable=tasks.extract_leads)
    train = PythonOperator(task_id="train", python_callable=tasks.train_model, execution_timeout=timedelta(hours=2))
    evaluate = PythonOperator(task_id="evaluate", python_callable=tasks.evaluate_model)
    auc_gate = ShortCircuitOperator(
        task_id="auc_gate",
        python_callable=tasks.auc_beats_champion,
        ignore_downstream_trigger_rules=False,
    )
    register = PythonOperator(task_id="register", python_callable=tasks.register_model)

    extract >> train >> evaluate >> auc_gate >> register
