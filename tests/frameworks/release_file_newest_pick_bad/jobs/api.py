"""Real-time fraud score for the checkout service."""
import glob
import os

import joblib
from fastapi import FastAPI

app = FastAPI()
files = glob.glob("models/*.joblib")
latest = max(files, key=os.path.getmtime)
model = joblib.load(latest)


@app.post("/score")
def score(features: dict) -> dict:
    return {"fraud": float(model.predict_proba([list(features.values())])[0, 1])}
