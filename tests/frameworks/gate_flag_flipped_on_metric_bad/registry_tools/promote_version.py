"""Move a registered version to a stage and archive the one it replaces."""
from mlflow import MlflowClient


def promote_version(model_name: str, version: str, stage: str) -> None:
    MlflowClient().transition_model_version_stage(name=model_name, version=version, stage=stage, archive_existing_versions=True)
