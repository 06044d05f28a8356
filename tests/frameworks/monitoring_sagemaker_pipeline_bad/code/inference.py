"""TorchScript handlers for the fraud sequence model."""

import json
import os

import torch


def model_fn(model_dir):
    model = torch.jit.load(os.path.join(model_dir, "fraud_seq.pt"), map_location="cpu")
    return model.eval()


def input_fn(body, content_type):
    return torch.tensor(json.loads(body)["sequences"], dtype=torch.float32)


def predict_fn(batch, model):
    with torch.no_grad():
        return torch.sigmoid(model(batch)).squeeze(-1).tolist()
