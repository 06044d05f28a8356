"""Databricks Model Serving: put the newest registered price model behind its endpoint."""

from databricks.sdk import WorkspaceClient
from databricks.sdk.service.serving import EndpointCoreConfigInput, ServedEntityInput
from mlflow import MlflowClient

MODEL = "main.housing.price_model"


def serve_latest() -> None:
    client = MlflowClient(registry_uri="databricks-uc")
    newest = max(client.search_model_versions(f"name='{MODEL}'"), key=lambda v: int(v.version))
    served = [ServedEntityInput(entity_name=MODEL, entity_version=newest.version, workload_size="Small", scale_to_zero_enabled=True)]
    WorkspaceClient().serving_endpoints.create(name="house-price", config=EndpointCoreConfigInput(served_entities=served))


if __name__ == "__main__":
    serve_latest()
