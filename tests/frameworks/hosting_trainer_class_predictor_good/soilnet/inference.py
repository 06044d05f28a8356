"""Scores a file of readings for the field app's upload page."""
import sys

import pandas as pd
import torch

from soilnet.models.network import MoistureNet
from soilnet.models.predictor import Predictor


class FieldInference:
    def __init__(self, checkpoint: str, n_features: int):
        self.predictor = Predictor(MoistureNet(n_features))
        self.predictor.load_checkpoint(checkpoint)

    def run(self, source: str, target: str) -> None:
        readings = pd.read_csv(source)
        features = torch.tensor(readings.drop(columns=["station"]).values, dtype=torch.float32)
        readings["moisture"] = self.predictor.predict(features).numpy()
        readings.to_csv(target, index=False)


if __name__ == "__main__":
    FieldInference(sys.argv[1], int(sys.argv[2])).run(sys.argv[3], sys.argv[4])
