"""Demand forecasts over HTTP."""
import joblib
import pandas as pd
from fastapi import FastAPI

app = FastAPI()
model = joblib.load("artifacts/demand.joblib")


@app.post("/forecast")
def forecast(rows: list[dict]) -> list[float]:
    return model.predict(pd.DataFrame(rows)).tolist()
