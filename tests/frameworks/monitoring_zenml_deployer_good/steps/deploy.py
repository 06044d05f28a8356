from zenml import step
from zenml.client import Client
from zenml.integrations.mlflow.services import MLFlowDeploymentConfig


@step
def deploy_service(model_uri: str, model_name: str = "loans") -> None:
    deployer = Client().active_stack.model_deployer
    deployer.deploy_model(config=MLFlowDeploymentConfig(model_uri=model_uri, model_name=model_name, workers=2), service_type=MLFlowDeploymentConfig.SERVICE_TYPE, replace=True)
