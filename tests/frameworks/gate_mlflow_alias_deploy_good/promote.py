"""Move the champion alias to a new version only when it beats the current champion."""
from mlflow import MlflowClient

client = MlflowClient()
MODEL = "churn"


def promote(version: str) -> bool:
    candidate = client.get_run(client.get_model_version(MODEL, version).run_id).data.metrics["val_auc"]
    champion = client.get_model_version_by_alias(MODEL, "champion")
    champion_auc = client.get_run(champion.run_id).data.metrics["val_auc"]
    if candidate <= champion_auc:
        return False
    client.set_registered_model_alias(MODEL, "champion", version)
    return True
