import os
from dataclasses import dataclass

import numpy as np
from tensorflow.keras.models import load_model


@dataclass
class PredictPaths:
    model_file: str = os.path.join("artifacts", "vibration_autoencoder.keras")


class AnomalyScorer:
    def __init__(self) -> None:
        self.paths = PredictPaths()

    def score(self, windows: np.ndarray) -> np.ndarray:
        net = load_model(self.paths.model_file)
        return np.mean(np.square(windows - net.predict(windows)), axis=(1, 2))
