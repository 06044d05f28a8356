"""Demand forecast API: next week's orders for a store."""
import joblib
from fastapi import FastAPI

app = FastAPI(title="demand-forecast")
forecaster = joblib.load("artifacts/demand.joblib")


@app.get("/forecast/{store}")
def forecast(store: int) -> dict:
    return {"store": store, "orders": float(forecaster.predict([[store]])[0])}
