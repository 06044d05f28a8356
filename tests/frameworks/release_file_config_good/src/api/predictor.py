"""HTTP API scoring loan applications with the served model (its path is in conf/config.yaml)."""
from __future__ import annotations

import joblib
import pandas as pd
from fastapi import FastAPI
from omegaconf import OmegaConf
from pydantic import BaseModel

config = OmegaConf.load("conf/config.yaml")
model = joblib.load(config.paths.model_output)
app = FastAPI(title="default-risk")


class Applications(BaseModel):
    rows: list[dict]


@app.post("/score")
def score(payload: Applications) -> dict:
    return {"risk": model.predict_proba(pd.DataFrame(payload.rows))[:, 1].tolist()}
