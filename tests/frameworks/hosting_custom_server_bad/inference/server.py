"""Card-fraud scorer. The platform image runs `python -m inference.server` and calls predict()."""
import os

import numpy as np
import xgboost as xgb

from training.fit_booster import FEATURES


class FraudModelServer:
    def __init__(self, model_dir: str = os.environ.get("MODEL_DIR", "/opt/model")):
        self.booster = xgb.Booster(model_file=os.path.join(model_dir, "fraud.ubj"))

    def predict(self, payload: dict) -> dict:
        row = np.array([[payload[name] for name in FEATURES]], dtype=np.float32)
        score = float(self.booster.inplace_predict(row)[0])
        return {"fraud_probability": score, "block": score > 0.9}


if __name__ == "__main__":
    FraudModelServer().predict({name: 0.0 for name in FEATURES})
