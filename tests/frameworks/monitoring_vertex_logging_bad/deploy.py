"""Deploy the taxi-tips model to its endpoint when it beats the serving model's accuracy."""

from google.cloud import aiplatform


def deploy(model_name: str, endpoint_name: str, candidate_accuracy: float, serving_accuracy: float) -> None:
    if candidate_accuracy <= serving_accuracy:
        raise SystemExit("candidate is not better than the serving model")
    endpoint = aiplatform.Endpoint(endpoint_name)
    aiplatform.Model(model_name).deploy(endpoint=endpoint, machine_type="n1-standard-2", traffic_percentage=100)
