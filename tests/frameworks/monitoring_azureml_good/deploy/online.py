"""Azure ML managed online deployment with data collection, released only for a passing model."""

import json

from azure.ai.ml import MLClient
from azure.ai.ml.entities import DataCollector, DeploymentCollection, ManagedOnlineDeployment
from azure.identity import DefaultAzureCredential

MIN_AUC = 0.80


def release(subscription: str, group: str, workspace: str, model_id: str, metrics_path: str) -> None:
    metrics = json.load(open(metrics_path))
    if metrics["auc"] < MIN_AUC:
        raise SystemExit("candidate below the AUC bar")
    ml_client = MLClient(DefaultAzureCredential(), subscription, group, workspace)
    collector = DataCollector(collections={"model_inputs": DeploymentCollection(enabled="true"), "model_outputs": DeploymentCollection(enabled="true")})
    deployment = ManagedOnlineDeployment(
        name="blue",
        endpoint_name="churn-endpoint",
        model=model_id,
        instance_type="Standard_DS3_v2",
        instance_count=1,
        data_collector=collector,
    )
    ml_client.online_deployments.begin_create_or_update(deployment).result()
