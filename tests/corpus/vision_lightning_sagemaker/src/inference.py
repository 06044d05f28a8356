"""SageMaker PyTorch serving handlers."""
import io
import json
import os

import torch
from PIL import Image
from torchvision import transforms

from src.network import DefectNet

CLASSES = ["ok", "scratch", "dent", "discoloration"]
TFM = transforms.Compose([transforms.Resize((224, 224)), transforms.ToTensor()])


def model_fn(model_dir):
    net = DefectNet(num_classes=len(CLASSES))
    net.load_state_dict(torch.load(os.path.join(model_dir, "model.pt"), map_location="cpu"))
    return net.eval()


def input_fn(request_body, content_type):
    if content_type != "application/x-image":
        raise ValueError(f"unsupported content type {content_type}")
    return TFM(Image.open(io.BytesIO(request_body)).convert("RGB")).unsqueeze(0)


def predict_fn(data, model):
    with torch.no_grad():
        return model(data).softmax(-1)[0]


def output_fn(prediction, accept):
    return json.dumps({"label": CLASSES[int(prediction.argmax())], "scores": prediction.tolist()})
