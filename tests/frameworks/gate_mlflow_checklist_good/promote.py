"""Promote the candidate churn model to champion when every release check passes."""
from datetime import datetime, timezone

import mlflow
from mlflow import MlflowClient

NAME = "prod.churn.classifier"
MIN_F1 = 0.7
MAX_P95_LATENCY_MS = 40.0

client = MlflowClient()
candidate = client.get_model_version_by_alias(NAME, "candidate")
metrics = mlflow.get_run(candidate.run_id).data.metrics

f1_ok = metrics["f1"] >= MIN_F1
latency_ok = metrics["p95_latency_ms"] <= MAX_P95_LATENCY_MS
checks = [("f1", f1_ok), ("p95 latency", latency_ok)]
for label, ok in checks:
    print(f"{label}: {'pass' if ok else 'FAIL'}")
all_passed = all(ok for _, ok in checks)
if not all_passed:
    raise RuntimeError(f"candidate v{candidate.version} failed its release checks")

client.set_registered_model_alias(NAME, "champion", candidate.version)
client.set_model_version_tag(NAME, candidate.version, "promoted_to_champion", datetime.now(timezone.utc).isoformat())
