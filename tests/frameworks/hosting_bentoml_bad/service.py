from __future__ import annotations

import bentoml
import pandas as pd
from fraud.train import FEATURES


@bentoml.service(resources={"cpu": "2"}, traffic={"timeout": 10})
class FraudScorer:
    model_ref = bentoml.models.get("fraud_xgb:latest")

    def __init__(self) -> None:
        self.model = bentoml.xgboost.load_model(self.model_ref)

    @bentoml.api
    def score(self, rows: list[dict]) -> list[float]:
        frame = pd.DataFrame(rows)[FEATURES]
        return self.model.predict(frame).tolist()
