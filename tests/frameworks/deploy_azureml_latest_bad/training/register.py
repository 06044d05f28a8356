"""Register the credit-risk model in the Azure ML workspace after every training run; the AUC
is logged for the dashboard but decides nothing."""
import json

from azure.ai.ml import MLClient
from azure.ai.ml.constants import AssetTypes
from azure.ai.ml.entities import Model
from azure.identity import DefaultAzureCredential


def register(model_dir: str, metrics_file: str) -> None:
    with open(metrics_file) as handle:
        print("AUC", json.load(handle)["auc"])
    ml_client = MLClient.from_config(credential=DefaultAzureCredential())
    ml_client.models.create_or_update(Model(name="credit-risk", path=model_dir, type=AssetTypes.MLFLOW_MODEL))


if __name__ == "__main__":
    register("outputs/model", "outputs/metrics.json")
