"""Lead scoring API (Cloud Run). `uvicorn api.main:app --port 8080`"""
from __future__ import annotations

import os
from functools import lru_cache

import mlflow
import pandas as pd
from catboost import CatBoostClassifier
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from leadscore import build_features

MODEL_URI = os.environ.get("LEAD_MODEL_URI", "models:/lead-scoring@champion")

app = FastAPI(title="lead-scoring", version="2.3.0")


class Lead(BaseModel):
    lead_id: str
    industry: str | None = None
    company_size_band: str | None = None
    country: str | None = None
    lead_source: str | None = None
    job_level: str | None = None
    employees: int | None = None
    first_touch_at: str
    web_sessions_30d: int = 0
    pricing_page_views_30d: int = 0
    emails_opened_30d: int = 0
    webinar_attended: int = 0


@lru_cache(maxsize=1)
def get_model() -> CatBoostClassifier:
    if os.path.exists("/models/lead_scoring.cbm"):
        model = CatBoostClassifier()
        model.load_model("/models/lead_scoring.cbm")
        return model
    return mlflow.catboost.load_model(MODEL_URI)


@app.post("/score")
def score(leads: list[Lead]) -> list[dict]:
    if not leads:
        raise HTTPException(status_code=400, detail="empty batch")
    frame = pd.DataFrame([lead.model_dump() for lead in leads])
    probs = get_model().predict_proba(build_features(frame))[:, 1]
    return [{"lead_id": lead.lead_id, "score": round(float(p), 4)} for lead, p in zip(leads, probs)]


@app.get("/model/info")
def model_info() -> dict:
    from leadscore.tasks import MODEL_PARAMS, TRAINED_ON_WINDOW_DAYS

    return {
        "model_uri": MODEL_URI,
        "params": MODEL_PARAMS,
        "trained_on_days": TRAINED_ON_WINDOW_DAYS,
        "feature_importance": dict(zip(get_model().feature_names_, get_model().get_feature_importance().tolist())),
    }


@app.get("/healthz")
def healthz() -> dict:
    return {"ok": True}
