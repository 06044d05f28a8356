"""Nightly refit of the claims model."""
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier


def to_frame(payload: bytes) -> pd.DataFrame:
    return pd.read_json(payload.decode())


def refit(frame: pd.DataFrame):
    return HistGradientBoostingClassifier().fit(frame.drop(columns="label"), frame["label"])
