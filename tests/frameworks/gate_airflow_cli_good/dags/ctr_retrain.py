"""Weekly CTR retraining DAG: each task runs one command of the ctr package."""
from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG("ctr_retrain", schedule="@weekly", start_date=datetime(2024, 1, 1), catchup=False) as dag:
    train = BashOperator(task_id="train", bash_command="python -m ctr.train --out /models/{{ ds }}")
    evaluate = BashOperator(task_id="evaluate", bash_command="python -m ctr.evaluate --model /models/{{ ds }} --min-auc 0.74")
    release = BashOperator(task_id="release", bash_command="python -m ctr.release --model /models/{{ ds }}")
    train >> evaluate >> release
