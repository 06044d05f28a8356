import argparse
from typing import Dict

import joblib
import pandas as pd
from kserve import Model, ModelServer, model_server

from churn.features import build_features


class ChurnModel(Model):
    def __init__(self, name: str, model_dir: str):
        super().__init__(name)
        self.model_dir = model_dir
        self.load()

    def load(self) -> bool:
        self.model = joblib.load(f"{self.model_dir}/model.joblib")
        self.ready = True
        return self.ready

    async def predict(self, payload: Dict, headers: Dict[str, str] = None) -> Dict:
        frame = build_features(pd.DataFrame(payload["instances"]))
        return {"predictions": self.model.predict_proba(frame)[:, 1].tolist()}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(parents=[model_server.parser])
    parser.add_argument("--model_dir", default="/mnt/models")
    args, _ = parser.parse_known_args()
    ModelServer().start([ChurnModel(args.model_name, args.model_dir)])
