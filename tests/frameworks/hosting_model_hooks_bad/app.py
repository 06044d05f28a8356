"""Serves the denoiser: the class is rebuilt from its definition and its weights loaded."""
import numpy as np
from fastapi import FastAPI

from autoencoder import Denoiser

app = FastAPI()
denoiser = Denoiser()
denoiser(np.zeros((1, 784), dtype="float32"))
denoiser.load_weights("denoiser.weights.h5")


@app.post("/clean")
def clean(pixels: list[float]) -> list[float]:
    return denoiser.predict(np.asarray([pixels], dtype="float32"))[0].tolist()

