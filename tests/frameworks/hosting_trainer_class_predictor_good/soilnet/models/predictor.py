"""Inference side of MoistureNet: reload a checkpoint and predict, nothing else."""
import torch

from soilnet.models.network import MoistureNet


class Predictor:
    def __init__(self, net: MoistureNet):
        self.net = net.eval()

    @classmethod
    def from_checkpoint(cls, path: str, n_features: int) -> "Predictor":
        net = MoistureNet(n_features)
        net.load_state_dict(torch.load(path, map_location="cpu"))
        return cls(net)

    def load_checkpoint(self, path: str) -> None:
        self.net.load_state_dict(torch.load(path, map_location="cpu"))

    @torch.no_grad()
    def predict(self, features: torch.Tensor) -> torch.Tensor:
        return self.net(features).squeeze(-1)
