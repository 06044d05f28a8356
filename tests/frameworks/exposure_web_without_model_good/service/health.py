"""Liveness and readiness for the job runner's sidecar: it answers the orchestrator, not users."""

import os
import time

from fastapi import FastAPI

STARTED = time.time()
app = FastAPI(title="trainer-sidecar")


@app.get("/health")
def health() -> dict:
    return {"status": "ok", "uptime_s": round(time.time() - STARTED, 1)}


@app.get("/ready")
def ready() -> dict:
    return {"ready": os.path.exists("/tmp/runner.ready"), "version": os.environ.get("GIT_SHA", "dev")}
