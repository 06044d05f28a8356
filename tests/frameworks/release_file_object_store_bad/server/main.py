"""Cloud Run service: fetches the fraud model from the bucket at start-up and scores payments."""
import joblib
import pandas as pd
from fastapi import FastAPI
from google.cloud import storage

app = FastAPI()


def _fetch_model():
    client = storage.Client()
    client.bucket("acme-fraud-models").blob("serving/fraud/model.joblib").download_to_filename("/tmp/model.joblib")
    return joblib.load("/tmp/model.joblib")


model = _fetch_model()


@app.post("/score")
def score(payment: dict) -> dict:
    return {"fraud_probability": float(model.predict_proba(pd.DataFrame([payment]))[0, 1])}
