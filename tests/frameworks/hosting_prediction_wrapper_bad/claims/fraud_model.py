"""One class for the whole life of the claims-fraud model: fitting it, saving it and scoring with it."""
import joblib
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier


class FraudModel:
    def __init__(self, settings: dict, estimator=None):
        self.settings = settings
        self.estimator = estimator or GradientBoostingClassifier(max_depth=settings.get("max_depth", 3))
        self.frame = pd.DataFrame()

    def read_claims(self, path: str) -> None:
        self.frame = pd.read_parquet(path)

    def fit_estimator(self) -> None:
        features = self.frame.drop(columns=["is_fraud"])
        self.estimator.fit(features, self.frame["is_fraud"])

    def save(self, path: str) -> None:
        joblib.dump(self.estimator, path)

    def write_predictions(self, path: str) -> None:
        scored = self.frame.copy()
        scored["fraud_score"] = self.estimator.predict_proba(self.frame)[:, 1]
        scored.to_parquet(path)
