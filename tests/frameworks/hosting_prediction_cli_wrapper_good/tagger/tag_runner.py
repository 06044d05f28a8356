"""Inference only: reload the checkpoint and tag token ids."""
import torch
from torch import nn


class TagRunner:
    def __init__(self, net: nn.Module, checkpoint: str):
        net.load_state_dict(torch.load(checkpoint))
        self.net = net.eval()

    @torch.no_grad()
    def predict(self, tokens):
        return self.net(tokens).argmax(-1)
