"""Roll the MLflow deployment target (SageMaker via mlflow.deployments)."""
from mlflow.deployments import get_deploy_client

client = get_deploy_client("sagemaker:/us-east-1")


def create(version: str) -> None:
    client.create_deployment(name="churn", model_uri=f"models:/churn/{version}", config={"instance_type": "ml.m5.large"})


def update(version: str) -> None:
    client.update_deployment(name="churn", model_uri=f"models:/churn/{version}")
