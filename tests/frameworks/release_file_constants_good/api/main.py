"""Churn scoring API."""
from pathlib import Path

import joblib
import pandas as pd
from fastapi import FastAPI

ARTIFACT = Path(__file__).resolve().parents[1] / "artifacts" / "churn.joblib"

app = FastAPI(title="churn")
model = joblib.load(ARTIFACT)


@app.post("/score")
def score(customer: dict) -> dict:
    return {"churn": float(model.predict_proba(pd.DataFrame([customer]))[0, 1])}
