"""HTTP endpoint the trading bot polls for the next signal."""
import joblib
import pandas as pd
from fastapi import FastAPI

app = FastAPI()
booster = joblib.load("signal_model.pkl")
columns = joblib.load("columns_list.pkl")


@app.post("/signal")
def signal(candle: dict) -> dict:
    row = pd.DataFrame([candle])[columns]
    return {"signal": int(booster.predict(row)[0])}
