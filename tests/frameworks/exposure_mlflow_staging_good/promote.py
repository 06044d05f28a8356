"""Move a candidate to Staging for the QA team once it beats the production RMSE."""

from mlflow.tracking import MlflowClient

MODEL = "taxi-duration"


def promote_to_staging(version: str, candidate_rmse: float, production_rmse: float) -> None:
    if candidate_rmse >= production_rmse:
        raise SystemExit(f"candidate RMSE {candidate_rmse:.2f} is not better than {production_rmse:.2f}")
    client = MlflowClient()
    client.transition_model_version_stage(name=MODEL, version=version, stage="Staging")
    client.set_registered_model_alias(MODEL, "challenger", version)
