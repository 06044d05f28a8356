"""Price suggestion API: loads the model the nightly job writes."""
import joblib
import pandas as pd
from fastapi import FastAPI

app = FastAPI()
model = joblib.load("price_model.joblib")


@app.post("/price")
def price(listing: dict) -> dict:
    return {"price": float(model.predict(pd.DataFrame([listing]))[0])}
