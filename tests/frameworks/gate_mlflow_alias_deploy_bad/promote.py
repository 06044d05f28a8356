"""Point the champion alias at the newest version of the churn model."""
from mlflow import MlflowClient

client = MlflowClient()
MODEL = "churn"


def promote_latest() -> str:
    newest = max(client.search_model_versions(f"name='{MODEL}'"), key=lambda v: int(v.version))
    client.set_registered_model_alias(MODEL, "champion", newest.version)
    return newest.version
