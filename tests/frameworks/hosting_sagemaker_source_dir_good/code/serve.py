"""Inference script for the review classifier (SageMaker PyTorch serving container)."""
import json
import os

import torch

from network import ReviewClassifier
from text import tokenize


def model_fn(model_dir):
    model = ReviewClassifier()
    model.load_state_dict(torch.load(os.path.join(model_dir, "model.pth"), map_location="cpu"))
    return model.eval()


def output_fn(prediction, accept):
    return json.dumps({"positive": prediction.softmax(-1)[:, 1].tolist()})
