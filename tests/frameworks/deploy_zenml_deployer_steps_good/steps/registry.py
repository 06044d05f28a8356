"""ZenML step: the newest registered fraud classifier, if its logged precision clears the bar."""
from mlflow.tracking import MlflowClient
from zenml import step

MIN_AVERAGE_PRECISION = 0.62


@step
def vetted_version(name: str) -> str:
    client = MlflowClient()
    newest = max(client.search_model_versions(f"name='{name}'"), key=lambda v: int(v.version))
    average_precision = client.get_run(newest.run_id).data.metrics["average_precision"]
    if average_precision < MIN_AVERAGE_PRECISION:
        raise RuntimeError(f"version {newest.version}: average precision {average_precision:.3f} below the bar")
    return newest.version
