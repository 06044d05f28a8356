"""Fits the churn classifier on the cleaned customer table and stores it."""
import joblib
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier


class ChurnTraining:
    def __init__(self, table: str, out: str = "artifacts/churn.joblib"):
        self.table = table
        self.out = out

    def run(self) -> None:
        frame = pd.read_csv(self.table)
        model = GradientBoostingClassifier(n_estimators=200)
        model.fit(frame.drop(columns=["churned"]), frame["churned"])
        joblib.dump(model, self.out)
