from pathlib import Path

import joblib
import pandas as pd

from churn.features import build_features


class ChurnScorer:
    def __init__(self, path: Path):
        self._model = joblib.load(path)

    def score(self, raw: pd.DataFrame) -> list[float]:
        return self._model.predict_proba(build_features(raw))[:, 1].tolist()
