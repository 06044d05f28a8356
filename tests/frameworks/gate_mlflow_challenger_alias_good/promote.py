"""The challenger becomes champion only when its validation AUC beats the champion's."""
from mlflow import MlflowClient

client = MlflowClient()


def promote(model_name: str) -> bool:
    challenger = client.get_model_version_by_alias(model_name, "challenger")
    champion = client.get_model_version_by_alias(model_name, "champion")
    challenger_auc = client.get_run(challenger.run_id).data.metrics["val_auc"]
    champion_auc = client.get_run(champion.run_id).data.metrics["val_auc"]
    if challenger_auc <= champion_auc:
        return False
    client.set_registered_model_alias(model_name, "champion", challenger.version)
    return True
