"""Inference handlers for the endpoint: the network is rebuilt here, not imported from train.py."""
import os

import torch
from torch import nn


def model_fn(model_dir):
    model = nn.Sequential(nn.Linear(20, 32), nn.ReLU(), nn.Linear(32, 2))
    model.load_state_dict(torch.load(os.path.join(model_dir, "model.pth"), map_location="cpu"))
    return model.eval()


def predict_fn(data, model):
    with torch.no_grad():
        return model(torch.as_tensor(data, dtype=torch.float32)).argmax(dim=1).tolist()
