"""Serves both models: each class is rebuilt from its definition and its weights loaded."""
import numpy as np
import torch
from fastapi import FastAPI

from autoencoder import Denoiser
from ranker import Ranker

app = FastAPI()
denoiser = Denoiser()
denoiser(np.zeros((1, 784), dtype="float32"))
denoiser.load_weights("denoiser.weights.h5")
ranker = Ranker()
ranker.load_state_dict(torch.load("ranker.pt"))
ranker.eval()


@app.post("/clean")
def clean(pixels: list[float]) -> list[float]:
    return denoiser.predict(np.asarray([pixels], dtype="float32"))[0].tolist()


@app.post("/rank")
def rank(features: list[float]) -> float:
    with torch.no_grad():
        return float(ranker(torch.tensor([features])).item())
