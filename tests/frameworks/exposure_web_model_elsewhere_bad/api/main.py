"""Public scoring API: thin routes, the model lives in the scoring package."""

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI(title="lead-scoring")


class Lead(BaseModel):
    visits: int
    pages_per_visit: float
    source: str


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}


@app.post("/score")
def score(leads: list[Lead]) -> dict:
    from scoring.service import score_leads  # loaded on first request, keeps the health check light

    return {"scores": score_leads([lead.model_dump() for lead in leads])}
