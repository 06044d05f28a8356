from datetime import datetime

from airflow import DAG
from airflow.operators.python import PythonOperator

from leadscore.monitoring import daily_psi_check

with DAG(
    dag_id="lead_scoring_psi_daily",
    start_date=datetime(2024, 3, 4),
    schedule="30 6 * * *",
    catchup=False,
    default_args={"owner": "growth-ml"},
    tags=["ml", "lead-scoring", "monitoring"],
) as dag:
    PythonOperator(task_id="psi", python_callable=daily_psi_check)
