"""Pusher step: copy a dev version into the production registry and make it champion."""
from mlflow.tracking import MlflowClient


class ModelPusher:
    def __init__(self, dev_name: str = "churn-dev", prod_name: str = "churn-prod") -> None:
        self.client = MlflowClient()
        self.dev_name = dev_name
        self.prod_name = prod_name

    def _promote(self, version: str) -> str:
        copied = self.client.copy_model_version(src_model_uri=f"models:/{self.dev_name}/{version}", dst_name=self.prod_name)
        self.client.set_registered_model_alias(self.prod_name, "champion", copied.version)
        return copied.version

    def push(self, args, version: str) -> bool:
        if args.promote_accepted:
            self._promote(version)
            return True
        return False
