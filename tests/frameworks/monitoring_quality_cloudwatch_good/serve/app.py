"""Demand forecast service: loads the regressor, answers /forecast, logs every prediction."""

import logging

import joblib
import pandas as pd
from fastapi import FastAPI

log = logging.getLogger("forecast")
app = FastAPI(title="demand-forecast")
model = joblib.load("artifacts/regressor.joblib")


@app.post("/forecast")
def forecast(rows: list[dict]) -> dict:
    frame = pd.DataFrame(rows)
    predicted = model.predict(frame).tolist()
    log.info("prediction store_ids=%s predicted=%s", frame["store_id"].tolist(), predicted)
    return {"units": predicted}
