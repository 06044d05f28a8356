"""Job task: serve the registered fraud model once its validation AUC clears the bar."""

import requests
from mlflow import MlflowClient

MIN_AUC = 0.9


class ServingDeployment:
    def __init__(self, host: str, token: str, model_name: str) -> None:
        self._host = host
        self._headers = {"Authorization": f"Bearer {token}"}
        self._model_name = model_name

    def _create_endpoint(self, version: str) -> None:
        route = "/api/2.0/serving-endpoints"
        body = {
            "name": "fraud-scoring",
            "config": {"served_entities": [{"entity_name": self._model_name, "entity_version": version, "workload_size": "Small", "scale_to_zero_enabled": True}]},
        }
        response = requests.post(f"{self._host}{route}", json=body, headers=self._headers, timeout=60)
        response.raise_for_status()

    def run(self, version: str) -> None:
        client = MlflowClient()
        run_id = client.get_model_version(self._model_name, version).run_id
        auc = client.get_run(run_id).data.metrics["val_auc"]
        if auc < MIN_AUC:
            raise SystemExit(f"validation AUC {auc:.3f} below {MIN_AUC}: not served")
        self._create_endpoint(version)


def entrypoint(host: str, token: str, version: str) -> None:
    ServingDeployment(host, token, "main.fraud.scorer").run(version)
