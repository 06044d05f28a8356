"""Cloud Run prediction server. Its image copies the request schemas to models/ (a package of
the image, not the training component models.py two folders up)."""
import os

import joblib
from fastapi import FastAPI
from models.instance import IrisInstance

app = FastAPI()
model = joblib.load(os.environ.get("MODEL_PATH", "/models/model.joblib"))


@app.post("/predict")
def predict(instance: IrisInstance) -> dict:
    return {"species": model.predict([instance.as_row()]).tolist()[0]}
