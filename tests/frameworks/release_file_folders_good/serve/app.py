"""Routing API: answers with the queue each ticket belongs to."""
import os
import pickle
from pathlib import Path

import joblib
import torch
from fastapi import FastAPI

BASE_DIR = Path(__file__).resolve().parent.parent
MODEL_DIR = Path(os.environ.get("MODEL_DIR", BASE_DIR / "models" / "latest"))
WEIGHTS_DIR = os.getenv("WEIGHTS_DIR", "/mnt/weights")

app = FastAPI()
router = joblib.load(MODEL_DIR / "model.joblib")
intent_head = torch.nn.Linear(768, 12)
intent_head.load_state_dict(torch.load(WEIGHTS_DIR + "/intent_weights.pt"))
with open(WEIGHTS_DIR + "/label_encoder.pkl", "rb") as handle:
    intents = pickle.load(handle)


@app.post("/route")
def route(ticket: dict) -> dict:
    return {"queue": router.predict([ticket["text"]])[0]}
