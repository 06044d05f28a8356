"""Databricks job task: serve the version the training task just registered."""
import argparse

from databricks.sdk import WorkspaceClient
from databricks.sdk.service.serving import EndpointCoreConfigInput, ServedEntityInput
from mlflow import MlflowClient

ENDPOINT = "churn-scoring"
MODEL = "main.ml.churn_classifier"


def latest_version(client: MlflowClient, run_id: str) -> str:
    return client.search_model_versions(f"name='{MODEL}' and run_id='{run_id}'")[0].version


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--run-id", required=True)
    args = parser.parse_args()
    version = latest_version(MlflowClient(), args.run_id)
    entity = ServedEntityInput(entity_name=MODEL, entity_version=version, workload_size="Small", scale_to_zero_enabled=True)
    workspace = WorkspaceClient()
    existing = [e.name for e in workspace.serving_endpoints.list()]
    if ENDPOINT in existing:
        workspace.serving_endpoints.update_config_and_wait(name=ENDPOINT, served_entities=[entity])
    else:
        workspace.serving_endpoints.create_and_wait(name=ENDPOINT, config=EndpointCoreConfigInput(served_entities=[entity]))


if __name__ == "__main__":
    main()
