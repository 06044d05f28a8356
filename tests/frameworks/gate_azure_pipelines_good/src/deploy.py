"""Roll the trained model out to the credit-risk managed online endpoint."""
from azure.ai.ml import MLClient
from azure.ai.ml.entities import ManagedOnlineDeployment, Model
from azure.identity import DefaultAzureCredential

ml_client = MLClient.from_config(credential=DefaultAzureCredential())
model = ml_client.models.create_or_update(Model(path="outputs/model", name="credit-risk", type="mlflow_model"))
deployment = ManagedOnlineDeployment(
    name="green",
    endpoint_name="credit-risk",
    model=model,
    instance_type="Standard_DS3_v2",
    instance_count=2,
)
ml_client.online_deployments.begin_create_or_update(deployment).result()
