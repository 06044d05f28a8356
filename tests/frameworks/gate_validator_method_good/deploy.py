"""Promote the newest registered version of the ticket router, stage by stage."""

import logging

from mlflow.tracking import MlflowClient

logger = logging.getLogger(__name__)


class RouterDeployment:
    def __init__(self, model_name: str = "ticket-router") -> None:
        self.client = MlflowClient()
        self.model_name = model_name

    def validate_performance(self, metrics: dict, threshold: float = 0.8) -> bool:
        accuracy = metrics.get("accuracy", 0.0)
        if accuracy >= threshold:
            logger.info("accuracy %.3f meets %.2f", accuracy, threshold)
            return True
        logger.warning("accuracy %.3f below %.2f", accuracy, threshold)
        return False

    def promote(self, version: str, stage: str) -> None:
        self.client.transition_model_version_stage(name=self.model_name, version=version, stage=stage, archive_existing_versions=True)

    def to_production(self, version: str) -> bool:
        metrics = self.client.get_run(self.client.get_model_version(self.model_name, version).run_id).data.metrics
        if not self.validate_performance(metrics, threshold=0.85):
            return False
        self.promote(version, "Production")
        return True


if __name__ == "__main__":
    import sys

    RouterDeployment().to_production(sys.argv[1])
