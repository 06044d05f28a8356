"""The project's model class: training and inference in one wrapper."""
import joblib
import pandas as pd
from sklearn.ensemble import RandomForestClassifier


class ChurnModel:
    def __init__(self, estimator=None) -> None:
        self.estimator = estimator or RandomForestClassifier(n_estimators=400)

    def fit(self, frame: pd.DataFrame, target: pd.Series) -> "ChurnModel":
        self.estimator.fit(frame, target)
        return self

    def predict(self, frame: pd.DataFrame):
        return self.estimator.predict_proba(frame)[:, 1]

    @classmethod
    def load(cls, directory: str) -> "ChurnModel":
        return cls(joblib.load(f"{directory}/estimator.joblib"))
