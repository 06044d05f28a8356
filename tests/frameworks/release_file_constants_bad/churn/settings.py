"""Paths shared by the trainer and the API (overridable from the environment in containers)."""
import os
from pathlib import Path

MODEL_FILE = Path(os.getenv("CHURN_MODEL_FILE", "artifacts/churn.joblib"))
METRICS_FILE = Path(os.getenv("CHURN_METRICS_FILE", "artifacts/metrics.json"))
