"""Roll the newest registered credit-risk model onto the blue deployment."""
from azure.ai.ml import MLClient
from azure.ai.ml.entities import ManagedOnlineDeployment
from azure.identity import DefaultAzureCredential

ml_client = MLClient.from_config(credential=DefaultAzureCredential())
model = ml_client.models.get(name="credit-risk", label="latest")
blue = ManagedOnlineDeployment(name="blue", endpoint_name="credit-risk", model=model, instance_type="Standard_DS3_v2", instance_count=1)
blue = ml_client.begin_create_or_update(blue).result()
