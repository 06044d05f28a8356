import json

import numpy as np
import torch


class AnomalyScorer:
    """Reconstruction-error scorer around a TorchScript autoencoder."""

    def __init__(self, model_path: str, threshold_path: str):
        self.model = torch.jit.load(model_path).eval()
        with open(threshold_path) as fh:
            self.threshold = json.load(fh)["p999_error"]

    @torch.no_grad()
    def score(self, windows: list[list[float]]) -> list[dict]:
        x = torch.as_tensor(np.asarray(windows, dtype=np.float32))
        errors = ((self.model(x) - x) ** 2).mean(dim=-1)
        return [{"error": float(e), "anomaly": bool(e > self.threshold)} for e in errors]
