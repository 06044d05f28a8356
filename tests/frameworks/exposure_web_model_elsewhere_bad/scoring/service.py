"""Scores leads with the model the training pipeline published."""

import os

import joblib
import pandas as pd

MODEL_PATH = os.environ.get("LEAD_MODEL", "/models/lead_scoring.joblib")
_model = None


def _loaded():
    global _model
    if _model is None:
        _model = joblib.load(MODEL_PATH)
    return _model


def score_leads(rows: list[dict]) -> list[float]:
    frame = pd.DataFrame(rows)
    return _loaded().predict_proba(frame)[:, 1].round(4).tolist()
