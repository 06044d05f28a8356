"""The best challenger replaces the champion only if its validation RMSE is lower."""
from mlflow import MlflowClient

client = MlflowClient()


def _rmse(version) -> float:
    return client.get_run(version.run_id).data.metrics["val_rmse"]


def promote_best(model_name: str, contenders: int = 3) -> str | None:
    champion = client.get_model_version_by_alias(model_name, "champion")
    challengers = [client.get_model_version_by_alias(model_name, f"challenger{rank}") for rank in range(1, contenders + 1)]
    best = min(challengers, key=_rmse)
    if _rmse(best) >= _rmse(champion):
        return None
    client.set_registered_model_alias(model_name, "champion", best.version)
    return best.version
