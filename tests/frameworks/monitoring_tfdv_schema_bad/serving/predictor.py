"""Covertype classifier served from a Vertex AI custom container (FastAPI)."""

import tensorflow as tf
from fastapi import FastAPI

app = FastAPI()
model = tf.keras.models.load_model("/models/covertype")


@app.post("/predict")
def predict(body: dict) -> dict:
    return {"predictions": model.predict(tf.constant(body["instances"])).tolist()}
