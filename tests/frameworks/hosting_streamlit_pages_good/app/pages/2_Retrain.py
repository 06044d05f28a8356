import os

import requests
import streamlit as st

AIRFLOW = os.environ.get("AIRFLOW_URL", "http://airflow:8080")

st.title("Retrain")
months = st.slider("Months of history", 3, 24, 12)
if st.button("Request a retraining run"):
    reply = requests.post(
        f"{AIRFLOW}/api/v1/dags/churn_retrain/dagRuns",
        json={"conf": {"months": months}},
        auth=(os.environ["AIRFLOW_USER"], os.environ["AIRFLOW_PASSWORD"]),
        timeout=10,
    )
    reply.raise_for_status()
    st.info(f"Run {reply.json()['dag_run_id']} queued; the new model ships with the next release")
