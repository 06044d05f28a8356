"""Churn scoring service: loads the trained artifact, never the training code."""

import joblib
import pandas as pd
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI(title="churn-scoring")
model = joblib.load("artifacts/model.joblib")


class Customer(BaseModel):
    tenure_months: int
    monthly_charges: float
    contract: str


@app.post("/predict")
def predict(customer: Customer) -> dict:
    frame = pd.DataFrame([customer.model_dump()])
    return {"churn_probability": float(model.predict_proba(frame)[0, 1])}
