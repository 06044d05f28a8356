import joblib
import pandas as pd

FEATURES = ["tenure_months", "monthly_spend", "support_tickets"]


class ChurnScorer:
    def __init__(self, path: str):
        self.estimator = joblib.load(path)

    def predict(self, frame: pd.DataFrame):
        return self.estimator.predict_proba(frame[FEATURES])[:, 1]
