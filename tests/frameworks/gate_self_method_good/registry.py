"""Promotion through a registry wrapper: one method compares, another promotes."""
from mlflow.tracking import MlflowClient


class ChampionRegistry:
    def __init__(self, model_name: str = "fraud-detector"):
        self.client = MlflowClient()
        self.model_name = model_name

    def is_better(self, run_id: str, production_run_id: str) -> bool:
        candidate_metric = self.client.get_run(run_id).data.metrics["val_auc"]
        production_metric = self.client.get_run(production_run_id).data.metrics["val_auc"]
        return candidate_metric > production_metric

    def promote(self, version: str) -> None:
        self.client.transition_model_version_stage(name=self.model_name, version=version, stage="Production")

    def promote_if_better(self, run_id: str, production_run_id: str, version: str) -> bool:
        if not self.is_better(run_id, production_run_id):
            return False
        self.promote(version)
        return True
