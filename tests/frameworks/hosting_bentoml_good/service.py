from __future__ import annotations

import bentoml
from fraud.features import to_frame


@bentoml.service(resources={"cpu": "2"}, traffic={"timeout": 10})
class FraudScorer:
    model_ref = bentoml.models.get("fraud_xgb:latest")

    def __init__(self) -> None:
        self.model = bentoml.xgboost.load_model(self.model_ref)

    @bentoml.api(batchable=True)
    def score(self, rows: list[dict]) -> list[float]:
        return self.model.predict(to_frame(rows)).tolist()
