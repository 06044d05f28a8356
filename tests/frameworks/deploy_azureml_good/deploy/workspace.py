from azure.ai.ml import MLClient
from azure.identity import DefaultAzureCredential


def get_ml_client() -> MLClient:
    return MLClient.from_config(credential=DefaultAzureCredential())
