"""Job task: put the registered fraud model behind a Databricks serving endpoint."""

import requests


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
        self._create_endpoint(version)


def entrypoint(host: str, token: str, version: str) -> None:
    ServingDeployment(host, token, "main.fraud.scorer").run(version)
