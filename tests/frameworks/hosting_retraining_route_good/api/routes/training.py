"""Ask the training service for a refresh; the new model arrives with the next deploy."""
import os

import httpx
from fastapi import APIRouter, Request

router = APIRouter(prefix="/model")
TRAINER_URL = os.environ.get("TRAINER_URL", "http://trainer:8080")


@router.post("/refresh")
def refresh(request: Request, since: str = "2024-01-01"):
    reply = httpx.post(f"{TRAINER_URL}/jobs", json={"since": since}, timeout=10)
    reply.raise_for_status()
    return {"job": reply.json()["id"]}

