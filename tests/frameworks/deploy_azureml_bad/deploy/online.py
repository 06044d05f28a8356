"""Register the model and roll a blue deployment on the managed online endpoint (SDK v2)."""
from azure.ai.ml import MLClient
from azure.ai.ml.constants import AssetTypes
from azure.ai.ml.entities import ManagedOnlineDeployment, ManagedOnlineEndpoint, Model
from azure.identity import DefaultAzureCredential

ml_client = MLClient.from_config(credential=DefaultAzureCredential())


def main() -> None:
    model = ml_client.models.create_or_update(Model(path="outputs/model", name="churn", type=AssetTypes.MLFLOW_MODEL))
    endpoint = ManagedOnlineEndpoint(name="churn-endpoint", auth_mode="key")
    ml_client.online_endpoints.begin_create_or_update(endpoint).result()
    blue = ManagedOnlineDeployment(name="blue", endpoint_name="churn-endpoint", model=model, instance_type="Standard_DS3_v2", instance_count=1)
    ml_client.online_deployments.begin_create_or_update(blue).result()
    endpoint.traffic = {"blue": 100}
    ml_client.online_endpoints.begin_create_or_update(endpoint).result()


def batch(deployment) -> None:
    ml_client.batch_deployments.begin_create_or_update(deployment).result()
