"""Promotion through a registry wrapper that never looks at the metrics."""
from mlflow.tracking import MlflowClient


class ChampionRegistry:
    def __init__(self, model_name: str = "fraud-detector"):
        self.client = MlflowClient()
        self.model_name = model_name

    def promote(self, version: str) -> None:
        self.client.transition_model_version_stage(name=self.model_name, version=version, stage="Production")

    def register_and_promote(self, run_id: str) -> str:
        version = self.client.create_model_version(self.model_name, f"runs:/{run_id}/model", run_id).version
        self.promote(version)
        return version
