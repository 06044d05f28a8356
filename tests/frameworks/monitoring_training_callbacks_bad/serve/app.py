import joblib
import pandas as pd
from fastapi import FastAPI

app = FastAPI()
model = joblib.load("/models/churn.joblib")


@app.post("/predict")
def predict(rows: list[dict]) -> dict:
    return {"churn": model.predict_proba(pd.DataFrame(rows))[:, 1].tolist()}
