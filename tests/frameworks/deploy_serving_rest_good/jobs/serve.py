"""Deploy job: move the endpoint to the candidate only when its AUC beats the champion's."""
import os

import requests

HOST = os.environ["DATABRICKS_HOST"]
HEADERS = {"Authorization": f"Bearer {os.environ['DATABRICKS_TOKEN']}"}


def roll_endpoint(name: str, version: str, candidate_auc: float, champion_auc: float) -> bool:
    if candidate_auc <= champion_auc:
        print(f"candidate AUC {candidate_auc:.3f} does not beat {champion_auc:.3f}; endpoint unchanged")
        return False
    config = {"served_entities": [{"entity_name": "ml.loans.default", "entity_version": version, "workload_size": "Small"}]}
    route = f"/api/2.0/serving-endpoints/{name}/config"
    requests.put(url=HOST + route, json=config, headers=HEADERS)
    return True


def endpoint_state(name: str) -> str:
    return requests.get(f"{HOST}/api/2.0/serving-endpoints/{name}", headers=HEADERS).json()["state"]["ready"]


def notify(text: str) -> None:
    requests.post(os.environ["SLACK_WEBHOOK"], json={"text": text})
