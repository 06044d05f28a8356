import joblib
import numpy as np
import torch
from fastapi import FastAPI
from pydantic import BaseModel

from common.metrics import probabilities, quality
from common.transforms import tabular

app = FastAPI(title="default-risk")
model = torch.jit.load("artifacts/model.pt").eval()
scaler = joblib.load("artifacts/scaler.joblib")
feedback: list[tuple[int, float]] = []


class Applicant(BaseModel):
    features: list[float]


@app.post("/predict")
def predict(applicant: Applicant) -> dict:
    with torch.no_grad():
        p = float(probabilities(model(tabular(scaler, np.asarray([applicant.features]))))[0])
    return {"default_probability": p}


@app.post("/feedback")
def record_outcome(defaulted: int, probability: float) -> dict:
    feedback.append((defaulted, probability))
    y, p = map(np.asarray, zip(*feedback))
    return quality(y, p) if len(set(y.tolist())) > 1 else {}
