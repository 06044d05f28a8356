"""Churn score API."""
import joblib
from fastapi import FastAPI

app = FastAPI()
model = joblib.load("artifacts/churn.joblib")


@app.post("/score")
def score(row: dict) -> dict:
    return {"churn": float(model.predict_proba([list(row.values())])[0, 1])}
