"""Nightly promotion of the demand forecaster: the newest registered version replaces the
champion only when its validation error, read back from its training run, is lower."""
from mlflow.tracking import MlflowClient

MODEL_NAME = "demand-forecast"


def promote_if_better(client: MlflowClient) -> bool:
    challenger = client.get_latest_versions(MODEL_NAME, stages=["None"])[0]
    champion = client.get_model_version_by_alias(MODEL_NAME, "champion")
    candidate = client.get_run(challenger.run_id).data.metrics["val_rmse"]
    current = float(client.get_run(champion.run_id).data.metrics.get("val_rmse", float("inf")))
    if candidate < current:
        client.set_registered_model_alias(MODEL_NAME, "champion", challenger.version)
        return True
    return False


if __name__ == "__main__":
    promote_if_better(MlflowClient())
