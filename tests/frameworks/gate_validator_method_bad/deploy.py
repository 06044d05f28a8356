"""Promote a registered version of the ticket router once it is known to exist."""

import logging

from mlflow.tracking import MlflowClient

logger = logging.getLogger(__name__)


class RouterDeployment:
    def __init__(self, model_name: str = "ticket-router") -> None:
        self.client = MlflowClient()
        self.model_name = model_name

    def validate_version(self, version: str) -> bool:
        found = self.client.search_model_versions(f"name='{self.model_name}'")
        if any(v.version == version for v in found):
            logger.info("version %s exists", version)
            return True
        logger.warning("no version %s", version)
        return False

    def promote(self, version: str, stage: str) -> None:
        self.client.transition_model_version_stage(name=self.model_name, version=version, stage=stage, archive_existing_versions=True)

    def to_production(self, version: str) -> bool:
        metrics = self.client.get_run(self.client.get_model_version(self.model_name, version).run_id).data.metrics
        logger.info("promoting %s with %s", version, metrics)
        if not self.validate_version(version):
            return False
        self.promote(version, "Production")
        return True


if __name__ == "__main__":
    import sys

    RouterDeployment().to_production(sys.argv[1])
