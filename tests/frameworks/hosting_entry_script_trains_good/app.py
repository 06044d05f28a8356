"""Churn scores over HTTP."""
import os

import joblib
import pandas as pd
from fastapi import FastAPI

FEATURES = ["tenure_months", "monthly_charges", "support_calls"]
app = FastAPI()
model = joblib.load(os.environ.get("MODEL_PATH", "model.joblib"))


@app.post("/score")
def score(customer: dict) -> dict:
    row = pd.DataFrame([customer])[FEATURES]
    return {"churn_probability": float(model.predict_proba(row)[0, 1])}
