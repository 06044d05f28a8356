"""Promote a registered version to the endpoint when it beats the deployed one."""
from google.cloud import aiplatform


def promote(model_name: str, endpoint_name: str, candidate_auc: float, production_auc: float) -> None:
    if candidate_auc <= production_auc:
        return
    model = aiplatform.Model(model_name=model_name)
    endpoint = aiplatform.Endpoint(endpoint_name)
    model.deploy(endpoint=endpoint, machine_type="n1-standard-4", traffic_percentage=10)
