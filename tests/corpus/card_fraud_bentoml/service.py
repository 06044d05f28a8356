from __future__ import annotations

import logging
import typing as t

import bentoml
import numpy as np
import pandas as pd
from pydantic import BaseModel

from risk import FEATURE_COLUMNS, build_features
from risk.config import BENTO_MODEL, DECISION_THRESHOLD
from risk.metrics import threshold_for_precision

if t.TYPE_CHECKING:
    import lightgbm as lgb

    from risk.train import train  # noqa: F401  (only for the docs build)

log = logging.getLogger("bentoml.fraud")


class Transaction(BaseModel):
    transaction_id: str
    amount: float
    avg_amount_30d: float
    merchant_risk: float | None = None
    mcc: str
    event_ts: str
    card_country: str
    merchant_country: str
    card_age_days: int
    txn_count_1h: int = 0
    txn_count_24h: int = 0
    distinct_merchants_24h: int = 0


@bentoml.service(
    name="card_fraud_scorer",
    resources={"cpu": "2", "memory": "2Gi"},
    traffic={"timeout": 5, "max_concurrency": 64},
)
class FraudScorer:
    bento_model = bentoml.models.get(f"{BENTO_MODEL}:latest")

    def __init__(self) -> None:
        self.booster: lgb.Booster = bentoml.lightgbm.load_model(self.bento_model)
        self.threshold = DECISION_THRESHOLD
        log.info("loaded %s (auc=%s)", self.bento_model.tag, self.bento_model.info.metadata.get("auc"))

    @bentoml.api(batchable=True, max_batch_size=256, max_latency_ms=50)
    def score(self, transactions: list[Transaction]) -> list[dict[str, t.Any]]:
        frame = pd.DataFrame([tx.model_dump() for tx in transactions])
        probs = self.booster.predict(build_features(frame)[FEATURE_COLUMNS])
        return [
            {"transaction_id": tx.transaction_id, "score": float(p), "block": bool(p >= self.threshold)}
            for tx, p in zip(transactions, probs)
        ]

    @bentoml.api
    def calibrate(self, labelled: list[Transaction], labels: list[int], target_precision: float = 0.3) -> dict:
        """Ops helper: suggest a threshold from a labelled sample (does not change the live one)."""
        frame = pd.DataFrame([tx.model_dump() for tx in labelled])
        scores = self.booster.predict(build_features(frame)[FEATURE_COLUMNS])
        return {"suggested_threshold": threshold_for_precision(np.asarray(labels), scores, target_precision)}
