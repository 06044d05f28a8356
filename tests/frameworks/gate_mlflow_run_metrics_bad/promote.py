"""Nightly promotion of the demand forecaster: the newest registered version replaces the
champion once its training ran long enough, whatever its validation error."""
from mlflow.tracking import MlflowClient

MODEL_NAME = "demand-forecast"


def promote_if_trained(client: MlflowClient) -> bool:
    challenger = client.get_latest_versions(MODEL_NAME, stages=["None"])[0]
    epochs = int(client.get_run(challenger.run_id).data.params["epochs"])
    if epochs >= 20:
        client.set_registered_model_alias(MODEL_NAME, "champion", challenger.version)
        return True
    return False


if __name__ == "__main__":
    promote_if_trained(MlflowClient())
