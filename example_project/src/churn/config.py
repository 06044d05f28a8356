"""Project-wide constants shared by training, evaluation, release and serving."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = Path(os.environ.get("CHURN_DATA_DIR", PROJECT_ROOT / "data"))
ARTIFACT_DIR = Path(os.environ.get("CHURN_ARTIFACT_DIR", PROJECT_ROOT / "artifacts"))

TARGET = "churned"
ID_COLUMN = "customer_id"
SNAPSHOT_COLUMN = "snapshot_date"
RANDOM_STATE = 20240501

MLFLOW_TRACKING_URI = os.environ.get("MLFLOW_TRACKING_URI", "http://mlflow.internal:5000")
EXPERIMENT_NAME = "churn-gbm"
MODEL_NAME = "churn-classifier"
CHAMPION_ALIAS = "champion"
CHALLENGER_ALIAS = "challenger"

SAGEMAKER_ENDPOINT_NAME = "churn-classifier-prod"
SAGEMAKER_MODEL_PACKAGE_GROUP = "churn-classifier"
