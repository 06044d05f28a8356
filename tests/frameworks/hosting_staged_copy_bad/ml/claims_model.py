import pandas as pd
from lightgbm import LGBMClassifier

CATEGORICAL = ["region", "product", "channel"]


def encode(frame: pd.DataFrame) -> pd.DataFrame:
    encoded = frame.copy()
    for column in CATEGORICAL:
        encoded[column] = encoded[column].astype("category")
    return encoded


class ClaimsModel:
    def __init__(self, params: dict | None = None):
        self.params = params or {"n_estimators": 300, "learning_rate": 0.05}
        self.booster = None

    def train(self, frame: pd.DataFrame, label: str = "fraud") -> "ClaimsModel":
        self.booster = LGBMClassifier(**self.params)
        self.booster.fit(encode(frame.drop(columns=[label])), frame[label])
        return self
