"""Nightly job: roll the endpoint to the newest churn model only when it beats the one serving."""
import sys

from mlflow import MlflowClient

from workspace.endpoints import EndpointClient

MODEL = "main.ml.churn"


def main() -> int:
    client = MlflowClient()
    newest = max(client.search_model_versions(f"name='{MODEL}'"), key=lambda v: int(v.version))
    serving = client.get_model_version_by_alias(MODEL, "champion")
    candidate_auc = client.get_run(newest.run_id).data.metrics["val_auc"]
    champion_auc = client.get_run(serving.run_id).data.metrics["val_auc"]
    if candidate_auc <= champion_auc:
        print(f"candidate AUC {candidate_auc:.3f} does not beat {champion_auc:.3f}; endpoint unchanged")
        return 1
    endpoints = EndpointClient()
    endpoints.roll_to("churn", MODEL, newest.version)
    print(endpoints.score("churn", [{"tenure": 3, "plan": "basic"}]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
