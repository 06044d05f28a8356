"""Monitoring: every prediction is logged as JSON for later analysis."""

import json
import logging
import time

logger = logging.getLogger("predictions")


def log_prediction(request_id: str, features: dict, score: float, started: float) -> None:
    logger.info(json.dumps({"id": request_id, "features": features, "score": score, "ms": (time.time() - started) * 1000}))
