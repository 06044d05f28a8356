"""The ridge forecaster's serving side: load the saved model and predict; fitting lives in train_all.py."""
import joblib
import pandas as pd

_model = None


def load(path: str) -> None:
    global _model
    _model = joblib.load(path)


def predict(frame: pd.DataFrame):
    return _model.predict(frame)
