import argparse
from typing import Dict

import joblib
import kserve
import pandas as pd

from churn.pipeline import build_features


class ChurnModel(kserve.Model):
    def __init__(self, name: str, model_dir: str):
        super().__init__(name)
        self.model_dir = model_dir
        self.ready = False
        self.load()

    def load(self) -> bool:
        self.model = joblib.load(f"{self.model_dir}/model.joblib")
        self.ready = True
        return self.ready

    def predict(self, payload: Dict, headers: Dict[str, str] = None) -> Dict:
        frame = build_features(pd.DataFrame(payload["instances"]))
        return {"predictions": self.model.predict_proba(frame)[:, 1].tolist()}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(parents=[kserve.model_server.parser])
    parser.add_argument("--model_dir", default="/mnt/models")
    args, _ = parser.parse_known_args()
    model = ChurnModel(args.model_name, args.model_dir)
    kserve.ModelServer().start([model])
