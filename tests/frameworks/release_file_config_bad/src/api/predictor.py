"""HTTP API scoring loan applications with the model the pipeline wrote (its path is in params.yaml)."""
from __future__ import annotations

import joblib
import pandas as pd
import yaml
from fastapi import FastAPI
from pydantic import BaseModel


class RiskPredictor:
    def __init__(self, config_path: str = "params.yaml", model_path: str | None = None) -> None:
        with open(config_path) as handle:
            self.config = yaml.safe_load(handle)
        self.model_path = model_path or self.config["paths"]["model_output"]
        self.model = joblib.load(self.model_path)

    def score(self, rows: list[dict]) -> list[float]:
        return self.model.predict_proba(pd.DataFrame(rows))[:, 1].tolist()


app = FastAPI(title="default-risk")
predictor = RiskPredictor()


class Applications(BaseModel):
    rows: list[dict]


@app.post("/score")
def score(payload: Applications) -> dict:
    return {"risk": predictor.score(payload.rows)}
