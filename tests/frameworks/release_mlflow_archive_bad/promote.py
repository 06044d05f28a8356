"""Move the newest fraud-model version to Production and archive whatever served before."""
from mlflow.tracking import MlflowClient

MODEL = "fraud-detector"


def promote_latest() -> None:
    client = MlflowClient()
    newest = max(client.search_model_versions(f"name='{MODEL}'"), key=lambda v: int(v.version))
    for old in client.get_latest_versions(MODEL, stages=["Production"]):
        client.transition_model_version_stage(MODEL, old.version, "Archived")
    client.transition_model_version_stage(name=MODEL, version=newest.version, stage="Production")


if __name__ == "__main__":
    promote_latest()
