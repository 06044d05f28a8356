import os
from pathlib import Path

import pandas as pd
from fastapi import FastAPI

from churn import ChurnScorer
from api.routes import router
from api.schemas import ChurnScore, Customer

MODEL_PATH = Path(os.environ.get("MODEL_PATH", "artifacts/churn_rf.joblib"))

app = FastAPI(title="churn-service", version="0.4.2")
app.include_router(router, prefix="/admin")
scorer = ChurnScorer(MODEL_PATH)


@app.get("/healthz")
def healthz() -> dict:
    return {"status": "ok"}


@app.post("/score", response_model=list[ChurnScore])
def score(customers: list[Customer]) -> list[ChurnScore]:
    frame = pd.DataFrame([c.model_dump() for c in customers])
    probs = scorer.score(frame)
    return [ChurnScore(customer_id=c.customer_id, probability=p) for c, p in zip(customers, probs)]
