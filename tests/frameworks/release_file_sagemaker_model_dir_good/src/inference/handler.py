"""The SageMaker serving handler: the container calls model_fn with the folder it unpacked
model.tar.gz into, then predict_fn for each request."""

import json
import pickle
from pathlib import Path
from typing import Any, Optional

import pandas as pd


class ClaimsHandler:
    def __init__(self, model_dir: str = "./local_model") -> None:
        self.model_dir = Path(model_dir)
        self.model: Any = None

    def model_fn(self, model_dir: Optional[str] = None) -> Any:
        folder = Path(model_dir) if model_dir else self.model_dir
        model_path = folder / "model.pkl"
        with open(model_path, "rb") as stream:
            self.model = pickle.load(stream)
        return self.model

    def predict_fn(self, frame: pd.DataFrame, model: Any) -> list[float]:
        return model.predict_proba(frame)[:, 1].tolist()


_handler = ClaimsHandler()


def model_fn(model_dir: str) -> Any:
    return _handler.model_fn(model_dir)


def input_fn(body: str, content_type: str) -> pd.DataFrame:
    return pd.DataFrame(json.loads(body))


def predict_fn(frame: pd.DataFrame, model: Any) -> list[float]:
    return _handler.predict_fn(frame, model)
