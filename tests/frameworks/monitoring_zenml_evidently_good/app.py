"""Ad-hoc scoring endpoint next to the batch pipeline (same model)."""

import joblib
import pandas as pd
from fastapi import FastAPI

app = FastAPI()
model = joblib.load("/models/churn.joblib")


@app.post("/score")
def score(customer: dict) -> dict:
    return {"score": float(model.predict_proba(pd.DataFrame([customer]))[0, 1])}
