"""The churn predictor the API keeps in memory: unpickles the model and its scaler once."""
import os
import pickle

import numpy as np


class ChurnPredictor:
    def __init__(self, threshold: float = 0.5):
        self.threshold = threshold
        self.model_path = os.path.join("artifacts", "churn_model.pkl")
        self.scaler_path = os.path.join("artifacts", "scaler.pkl")
        self._load()

    def _load(self) -> None:
        with open(self.model_path, "rb") as handle:
            self.model = pickle.load(handle)
        with open(self.scaler_path, "rb") as handle:
            self.scaler = pickle.load(handle)

    def churn_risk(self, rows: list[list[float]]) -> list[bool]:
        scores = self.model.predict_proba(self.scaler.transform(np.asarray(rows)))[:, 1]
        return [bool(score >= self.threshold) for score in scores]
