"""The local prediction service: a FastAPI app around a predictor that reads the model file
from the folder it is given, the local one by default."""

import pickle
from pathlib import Path
from typing import Any, Optional

import pandas as pd
from fastapi import FastAPI


class ClaimsPredictor:
    def __init__(self, model_dir: str = "./local_model") -> None:
        self.model_dir = Path(model_dir)
        self.model: Any = None

    def load(self, model_dir: Optional[str] = None) -> Any:
        folder = Path(model_dir) if model_dir else self.model_dir
        model_path = folder / "model.pkl"
        with open(model_path, "rb") as stream:
            self.model = pickle.load(stream)
        return self.model


app = FastAPI()
predictor = ClaimsPredictor()
predictor.load()


@app.post("/approve")
def approve(rows: list[dict]) -> list[float]:
    return predictor.model.predict_proba(pd.DataFrame(rows))[:, 1].tolist()
