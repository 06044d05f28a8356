"""Roll the SageMaker endpoint to whatever version the champion alias points at."""
from mlflow.deployments import get_deploy_client

client = get_deploy_client("sagemaker:/eu-west-1")


def roll_out() -> None:
    client.update_deployment(
        name="churn-prod",
        model_uri="models:/churn@champion",
        config={"instance_type": "ml.m5.large", "instance_count": 2, "data_capture_config": {"EnableCapture": True}},
    )
