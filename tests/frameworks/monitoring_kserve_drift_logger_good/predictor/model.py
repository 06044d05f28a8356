"""Custom KServe predictor for the card-fraud model."""

import argparse

import joblib
import numpy as np
from kserve import Model, ModelServer, model_server


class FraudModel(Model):
    def __init__(self, name: str, model_dir: str) -> None:
        super().__init__(name)
        self.model_dir = model_dir
        self.load()

    def load(self) -> bool:
        self.booster = joblib.load(f"{self.model_dir}/fraud.joblib")
        self.ready = True
        return self.ready

    def predict(self, payload: dict, headers: dict | None = None) -> dict:
        features = np.asarray(payload["instances"], dtype=np.float32)
        return {"predictions": self.booster.predict_proba(features)[:, 1].tolist()}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(parents=[model_server.parser])
    parser.add_argument("--model_dir", default="/mnt/models")
    args, _ = parser.parse_known_args()
    ModelServer().start([FraudModel(args.model_name, args.model_dir)])
