import os

import joblib

_MODEL = None


def model():
    global _MODEL
    if _MODEL is None:
        _MODEL = joblib.load(os.environ.get("MODEL_PATH", "/opt/models/sentiment.joblib"))
    return _MODEL


def score(texts: list[str]) -> list[float]:
    return model().predict_proba(texts)[:, 1].tolist()
