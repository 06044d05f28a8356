import numpy as np
import onnxruntime as ort
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
session = ort.InferenceSession("artifacts/sensor_net.onnx", providers=["CPUExecutionProvider"])


class Reading(BaseModel):
    values: list[float]


@app.post("/classify")
def classify(reading: Reading) -> dict:
    logits = session.run(None, {"readings": np.asarray([reading.values], dtype=np.float32)})[0]
    return {"label": int(logits.argmax())}
