"""Offline report of the routing classifier on the held-out tickets."""
import joblib
import pandas as pd
from sklearn.metrics import classification_report

from train import build_features


class PredictionReport:
    def __init__(self, path: str = "models/router.pkl") -> None:
        self.model = joblib.load(path)

    def predict(self, frame: pd.DataFrame):
        return self.model.predict(build_features(frame))

    def report(self, frame: pd.DataFrame, truth: pd.Series) -> str:
        return classification_report(truth, self.predict(frame))


if __name__ == "__main__":
    held_out = pd.read_csv("data/test.csv")
    print(PredictionReport().report(held_out.drop(columns="queue"), held_out["queue"]))
