"""Handwriting line recognizer behind Flask; loads the staged TorchScript file."""
import torch
from flask import Flask, jsonify, request

from recognizer.config import STAGED_MODEL

app = Flask(__name__)
model = torch.jit.load(STAGED_MODEL)
model.eval()


@app.post("/recognize")
def recognize():
    pixels = torch.tensor(request.get_json()["pixels"], dtype=torch.float32).unsqueeze(0)
    with torch.no_grad():
        return jsonify({"text_ids": model(pixels).argmax(-1).tolist()})
