"""Registry calls over plain HTTP (the jobs image has requests, not the MLflow client)."""
import os

import requests

HOST = os.environ["WORKSPACE_HOST"]


def _call(route: str, payload: dict) -> dict:
    reply = requests.post(f"https://{HOST}/api/2.0/{route}", json=payload, headers={"Authorization": f"Bearer {os.environ['WORKSPACE_TOKEN']}"})
    reply.raise_for_status()
    return reply.json()


def move_to_production(model: str, version: str) -> dict:
    route = "mlflow/model-versions/transition-stage"
    return _call(route, {"name": model, "version": version, "stage": "Production", "archive_existing_versions": True})
