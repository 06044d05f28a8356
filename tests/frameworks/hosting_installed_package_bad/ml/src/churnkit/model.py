import joblib
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier

FEATURES = ["tenure_months", "monthly_spend", "support_tickets"]


class ChurnModel:
    def __init__(self, estimator=None):
        self.estimator = estimator or HistGradientBoostingClassifier(max_iter=300)

    def train(self, frame: pd.DataFrame) -> "ChurnModel":
        self.estimator.fit(frame[FEATURES], frame["churned"])
        return self

    def predict(self, frame: pd.DataFrame):
        return self.estimator.predict_proba(frame[FEATURES])[:, 1]

    def save(self, path: str) -> None:
        joblib.dump(self.estimator, path)

    @classmethod
    def load(cls, path: str) -> "ChurnModel":
        return cls(joblib.load(path))
