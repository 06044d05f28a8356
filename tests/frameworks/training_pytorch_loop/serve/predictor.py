"""Inference: load the state dict, eval mode, no_grad; TorchScript export for the edge build."""
import torch
import torch.nn.functional as F
from torchvision import models

from vision.data import EVAL_TF


class DefectPredictor:
    def __init__(self, weights: str = "artifacts/resnet50.pt") -> None:
        self.model = models.resnet50()
        self.model.fc = torch.nn.Linear(self.model.fc.in_features, 2)
        self.model.load_state_dict(torch.load(weights, map_location="cpu"))
        self.model.eval()

    @torch.inference_mode()
    def predict(self, image) -> float:
        batch = EVAL_TF(image).unsqueeze(0)
        return F.softmax(self.model(batch), dim=1)[0, 1].item()

    def export(self, path: str) -> None:
        torch.jit.script(self.model).save(path)
