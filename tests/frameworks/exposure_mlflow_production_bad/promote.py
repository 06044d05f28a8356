"""Promote the evaluated candidate to Production (the batch scorer loads models:/taxi-duration/Production)."""

from mlflow.tracking import MlflowClient

MODEL = "taxi-duration"


def promote(version: str, candidate_rmse: float, production_rmse: float) -> None:
    if candidate_rmse >= production_rmse:
        raise SystemExit(f"candidate RMSE {candidate_rmse:.2f} is not better than {production_rmse:.2f}")
    client = MlflowClient()
    client.transition_model_version_stage(name=MODEL, version=version, stage="Production", archive_existing_versions=True)
