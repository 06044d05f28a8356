import joblib
import pandas as pd
from fastapi import FastAPI

app = FastAPI()
model = joblib.load("eta_model.joblib")


@app.post("/eta")
def estimate(order: dict) -> dict:
    minutes = float(model.predict(pd.DataFrame([order]))[0])
    return {"eta_minutes": minutes}
