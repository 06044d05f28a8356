"""FastAPI service scoring customers for churn risk.

    uvicorn serve.app:app --host 0.0.0.0 --port 8080
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pandas as pd
from fastapi import FastAPI, HTTPException

from churn.config import ARTIFACT_DIR
from churn.evaluate import DECISION_THRESHOLD
from churn.features import FEATURE_COLUMNS, add_derived_features
from churn.train import MODEL_FILENAME, load_pipeline  # mllens: expect[hosting-imports-training]
from serve.schemas import ScoreRequest, ScoreResponse, Score

logger = logging.getLogger("churn.serve")

MODEL_PATH = Path(os.environ.get("CHURN_MODEL_PATH", ARTIFACT_DIR / MODEL_FILENAME))
MODEL_VERSION = os.environ.get("CHURN_MODEL_VERSION", "local")

_state: dict[str, object] = {}


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    logger.info("loading churn model %s from %s", MODEL_VERSION, MODEL_PATH)
    _state["model"] = load_pipeline(MODEL_PATH)
    yield
    _state.clear()


app = FastAPI(title="churn-scoring", version="0.4.0", lifespan=lifespan)  # mllens: expect[missing-drift-monitor]


@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok" if "model" in _state else "loading", "model_version": MODEL_VERSION}


@app.post("/score", response_model=ScoreResponse)
def score(request: ScoreRequest) -> ScoreResponse:
    model = _state.get("model")
    if model is None:
        raise HTTPException(status_code=503, detail="model not loaded yet")
    frame = add_derived_features(pd.DataFrame([c.model_dump() for c in request.customers]))
    frame["total_charges"] = frame["total_charges"].fillna(frame["monthly_charges"] * frame["tenure_months"])
    probabilities = model.predict_proba(frame[FEATURE_COLUMNS])[:, 1]
    scores = [
        Score(customer_id=c.customer_id, churn_probability=round(float(p), 4), contact=bool(p >= DECISION_THRESHOLD))
        for c, p in zip(request.customers, probabilities)
    ]
    logger.info("scored %d customers, %d flagged", len(scores), sum(s.contact for s in scores))
    return ScoreResponse(model_version=MODEL_VERSION, scores=scores)
