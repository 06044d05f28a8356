"""Churn scoring service with Prometheus instrumentation."""

import time

import joblib
import pandas as pd
from fastapi import FastAPI, Request
from prometheus_client import make_asgi_app

from monitoring.metrics import PREDICTIONS, REQUEST_LATENCY, SCORE_SUMMARY

app = FastAPI(title="churn-scoring")
app.mount("/metrics", make_asgi_app())
model = joblib.load("artifacts/model.joblib")


@app.middleware("http")
async def time_requests(request: Request, call_next):
    started = time.perf_counter()
    response = await call_next(request)
    REQUEST_LATENCY.labels(route=request.url.path).observe(time.perf_counter() - started)
    return response


@app.post("/predict")
def predict(payload: dict) -> dict:
    probability = float(model.predict_proba(pd.DataFrame([payload]))[0, 1])
    PREDICTIONS.labels(outcome="churn" if probability > 0.5 else "stay").inc()
    SCORE_SUMMARY.observe(probability)
    return {"churn_probability": probability}
