"""Churn scoring API; the model file is baked into the image next to this package."""
import joblib
import pandas as pd
from fastapi import FastAPI

app = FastAPI()
model = joblib.load("model/churn.joblib")


@app.post("/score")
def score(customers: list[dict]) -> dict:
    return {"churn": model.predict_proba(pd.DataFrame(customers))[:, 1].tolist()}
