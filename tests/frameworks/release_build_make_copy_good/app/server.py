"""Attrition risk API; `make publish` puts the pipeline next to this module."""
import pickle
from pathlib import Path

import pandas as pd
from fastapi import FastAPI

with open(Path(__file__).parent / "model" / "pipeline.pkl", "rb") as fh:
    PIPELINE = pickle.load(fh)

app = FastAPI()


@app.post("/risk")
def risk(employees: list[dict]) -> dict:
    return {"leaves": PIPELINE.predict_proba(pd.DataFrame(employees))[:, 1].tolist()}
