"""Wraps a fitted fraud model for scoring; knows nothing about how it was fitted."""
import pandas as pd


class FraudScorer:
    def __init__(self, estimator, threshold: float = 0.8):
        self.estimator = estimator
        self.threshold = threshold
        self.frame = pd.DataFrame()

    def read_claims(self, path: str) -> None:
        self.frame = pd.read_parquet(path)

    def write_predictions(self, path: str) -> None:
        scored = self.frame.copy()
        scored["fraud_score"] = self.estimator.predict_proba(self.frame)[:, 1]
        scored["needs_review"] = scored["fraud_score"] >= self.threshold
        scored.to_parquet(path)
