#!/usr/bin/env bash
# Serves the production fraud detector on the scoring host.
set -euo pipefail

export MLFLOW_TRACKING_URI="${MLFLOW_TRACKING_URI:-http://mlflow.internal:5000}"

mlflow models serve \
  -m "models:/fraud-detector/Production" \
  --host 0.0.0.0 \
  --port 5001 \
  --env-manager local
