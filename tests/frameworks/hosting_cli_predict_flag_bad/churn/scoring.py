"""Scores one customer with the stored churn classifier."""
import joblib
import pandas as pd


class ChurnScorer:
    def __init__(self, path: str = "artifacts/churn.joblib"):
        self.path = path

    def predict(self, rows: pd.DataFrame):
        model = joblib.load(self.path)
        return model.predict(rows)
