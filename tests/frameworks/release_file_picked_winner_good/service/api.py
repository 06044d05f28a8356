from pathlib import Path

import joblib
from fastapi import FastAPI

app = FastAPI()
model = joblib.load(Path(__file__).parent.parent / "artifacts" / "model.pkl")


@app.post("/predict")
def predict(features: list[float]):
    return {"species": str(model.predict([features])[0])}
