"""Thin wrapper over the MLflow Model Registry used by the job scripts."""

import mlflow
from mlflow.tracking import MlflowClient


class Registry:
    def __init__(self, name: str) -> None:
        self.name = name
        self.client = MlflowClient()

    def register(self, run_id: str) -> str:
        version = mlflow.register_model(model_uri=f"runs:/{run_id}/model", name=self.name)
        return version.version

    def move(self, version: str, stage: str) -> None:
        self.client.transition_model_version_stage(name=self.name, version=version, stage=stage, archive_existing_versions=True)
