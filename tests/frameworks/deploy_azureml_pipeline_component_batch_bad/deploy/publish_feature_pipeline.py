"""Publish the feature-refresh pipeline behind a batch endpoint, so the data platform can
start it over REST (Azure ML v2 pipeline component deployment: code, no trained model)."""
from azure.ai.ml import MLClient, load_component
from azure.ai.ml.entities import BatchEndpoint, PipelineComponentBatchDeployment
from azure.identity import DefaultAzureCredential

ml_client = MLClient.from_config(credential=DefaultAzureCredential())


def publish() -> None:
    endpoint = BatchEndpoint(name="feature-refresh", description="rebuild the weekly feature tables")
    ml_client.batch_endpoints.begin_create_or_update(endpoint).result()
    component = ml_client.components.create_or_update(load_component(source="components/feature_refresh.yml"))
    deployment = PipelineComponentBatchDeployment(
        name="feature-refresh-v1",
        endpoint_name=endpoint.name,
        component=component,
        settings={"continue_on_step_failure": False, "default_compute": "cpu-cluster"},
    )
    ml_client.batch_deployments.begin_create_or_update(deployment).result()


if __name__ == "__main__":
    publish()
