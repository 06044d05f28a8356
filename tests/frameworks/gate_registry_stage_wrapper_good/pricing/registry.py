"""The team's wrapper over the MLflow Model Registry."""

from mlflow.tracking import MlflowClient


class PriceRegistry:
    def __init__(self, name: str = "price_elasticity") -> None:
        self.name = name
        self.client = MlflowClient()

    def newest_in(self, stages: list[str]) -> str | None:
        versions = self.client.get_latest_versions(self.name, stages=stages)
        return versions[0].version if versions else None

    def set_stage(self, version: str, stage: str) -> None:
        self.client.transition_model_version_stage(name=self.name, version=version, stage=stage, archive_existing_versions=True)
