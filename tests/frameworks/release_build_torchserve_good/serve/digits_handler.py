"""TorchServe handler for the digits model."""
import torch
from ts.torch_handler.base_handler import BaseHandler


class DigitsHandler(BaseHandler):
    def preprocess(self, data):
        return torch.stack([torch.tensor(row["body"]["pixels"], dtype=torch.float32).view(1, 28, 28) for row in data])

    def postprocess(self, output):
        return output.argmax(dim=1).tolist()
