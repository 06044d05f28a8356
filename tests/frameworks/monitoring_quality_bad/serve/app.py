"""Demand forecast service with operational metrics: latency to CloudWatch per request."""

import time

import boto3
import joblib
import pandas as pd
from fastapi import FastAPI

cloudwatch = boto3.client("cloudwatch")
app = FastAPI(title="demand-forecast")
model = joblib.load("artifacts/regressor.joblib")


@app.post("/forecast")
def forecast(rows: list[dict]) -> dict:
    started = time.perf_counter()
    predicted = model.predict(pd.DataFrame(rows)).tolist()
    cloudwatch.put_metric_data(
        Namespace="DemandForecast/Service",
        MetricData=[{"MetricName": "LatencyMs", "Value": (time.perf_counter() - started) * 1000, "Unit": "Milliseconds"}],
    )
    return {"units": predicted}
