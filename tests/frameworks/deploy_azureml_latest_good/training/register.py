"""Register the credit-risk model in the Azure ML workspace once its AUC clears the bar."""
import json

from azure.ai.ml import MLClient
from azure.ai.ml.constants import AssetTypes
from azure.ai.ml.entities import Model
from azure.identity import DefaultAzureCredential

MIN_AUC = 0.78


def register(model_dir: str, metrics_file: str) -> None:
    with open(metrics_file) as handle:
        metrics = json.load(handle)
    if metrics["auc"] < MIN_AUC:
        raise SystemExit(f"AUC {metrics['auc']:.3f} below {MIN_AUC}: not registering")
    ml_client = MLClient.from_config(credential=DefaultAzureCredential())
    ml_client.models.create_or_update(Model(name="credit-risk", path=model_dir, type=AssetTypes.MLFLOW_MODEL))


if __name__ == "__main__":
    register("outputs/model", "outputs/metrics.json")
