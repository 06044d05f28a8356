"""Helpers around the Azure ML v2 SDK: create an endpoint and roll a deployment onto it."""

from azure.ai.ml import MLClient
from azure.ai.ml.entities import ManagedOnlineEndpoint


def ensure_endpoint(ml_client: MLClient, name: str) -> ManagedOnlineEndpoint:
    endpoint = ManagedOnlineEndpoint(name=name, auth_mode="key")
    return ml_client.begin_create_or_update(endpoint).result()


def roll_out(ml_client, deployment, endpoint: ManagedOnlineEndpoint) -> None:
    """Create the deployment, then send all traffic to it."""
    ml_client.begin_create_or_update(deployment).result()
    endpoint.traffic = {deployment.name: 100}
    ml_client.begin_create_or_update(endpoint).result()
