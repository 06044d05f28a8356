"""Point the nightly scoring batch endpoint at the newest registered churn model."""
from azure.ai.ml import MLClient
from azure.ai.ml.entities import BatchRetrySettings, ModelBatchDeployment, ModelBatchDeploymentSettings
from azure.identity import DefaultAzureCredential

ml_client = MLClient.from_config(credential=DefaultAzureCredential())


def deploy() -> None:
    model = ml_client.models.get(name="churn-gbm", label="latest")
    deployment = ModelBatchDeployment(
        name="churn-nightly",
        endpoint_name="churn-scoring",
        model=model,
        code_configuration=None,
        compute="cpu-cluster",
        settings=ModelBatchDeploymentSettings(mini_batch_size=50, output_file_name="scores.csv", retry_settings=BatchRetrySettings(max_retries=2, timeout=300)),
    )
    ml_client.batch_deployments.begin_create_or_update(deployment).result()


if __name__ == "__main__":
    deploy()
