"""Databricks job task: serve the new version only when it beats the champion's F1."""
import argparse

from databricks.sdk import WorkspaceClient
from databricks.sdk.service.serving import EndpointCoreConfigInput, ServedEntityInput
from mlflow import MlflowClient

ENDPOINT = "churn-scoring"
MODEL = "main.ml.churn_classifier"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--run-id", required=True)
    args = parser.parse_args()
    client = MlflowClient()
    candidate = client.search_model_versions(f"name='{MODEL}' and run_id='{args.run_id}'")[0]
    champion = client.get_model_version_by_alias(MODEL, "champion")
    new_f1 = client.get_run(candidate.run_id).data.metrics["val_f1"]
    old_f1 = client.get_run(champion.run_id).data.metrics["val_f1"]
    if new_f1 <= old_f1:
        print(f"candidate F1 {new_f1:.3f} does not beat the champion's {old_f1:.3f}; endpoint unchanged")
        return
    entity = ServedEntityInput(entity_name=MODEL, entity_version=candidate.version, workload_size="Small")
    workspace = WorkspaceClient()
    if ENDPOINT in {e.name for e in workspace.serving_endpoints.list()}:
        workspace.serving_endpoints.update_config(name=ENDPOINT, served_entities=[entity])
    else:
        workspace.serving_endpoints.create(name=ENDPOINT, config=EndpointCoreConfigInput(served_entities=[entity]))


if __name__ == "__main__":
    main()
