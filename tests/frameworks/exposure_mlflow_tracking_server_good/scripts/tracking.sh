#!/usr/bin/env bash
# Starts the team's MLflow tracking server and UI (experiments and the registry, no model serving).
set -euo pipefail

mlflow server \
  --backend-store-uri postgresql://mlflow@db.internal/mlflow \
  --default-artifact-root s3://ml-artifacts/mlflow \
  --host 0.0.0.0 --port 5000 &

mlflow ui --port 5050
