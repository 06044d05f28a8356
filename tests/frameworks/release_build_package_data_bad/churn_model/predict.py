"""Scoring entry of the installed package: loads the artefact packaged beside this module."""
from pathlib import Path

import joblib
import pandas as pd

_ARTIFACT = Path(__file__).resolve().parent / "artifacts" / "churn.joblib"


def predict(rows: list[dict]) -> list[float]:
    model = joblib.load(_ARTIFACT)
    return model.predict_proba(pd.DataFrame(rows))[:, 1].tolist()
