"""Deploy job: turn on serving for the loan-default model through the workspace REST API."""
import os

import httpx
import requests

HOST = os.environ["DATABRICKS_HOST"]
HEADERS = {"Authorization": f"Bearer {os.environ['DATABRICKS_TOKEN']}"}


def enable_legacy_serving(model_name: str) -> None:
    route = "/api/2.0/mlflow/endpoints-v2/enable"
    reply = requests.post(f"{HOST}{route}", json={"registered_model_name": model_name}, headers=HEADERS)
    reply.raise_for_status()


def roll_endpoint(name: str, version: str) -> None:
    config = {"served_entities": [{"entity_name": "ml.loans.default", "entity_version": version, "workload_size": "Small"}]}
    route = f"/api/2.0/serving-endpoints/{name}/config"
    requests.put(url=HOST + route, json=config, headers=HEADERS)


def create_endpoint(name: str) -> None:
    collection = "/api/2.0/serving-endpoints"
    httpx.post(HOST + collection, json={"name": name}, headers=HEADERS)
