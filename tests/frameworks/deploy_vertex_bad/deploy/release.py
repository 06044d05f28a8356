"""Upload the artifact and put it behind the endpoint."""
from google.cloud import aiplatform


def release(artifact_uri: str, endpoint_id: str):
    model = aiplatform.Model.upload(
        display_name="churn-xgb",
        artifact_uri=artifact_uri,
        serving_container_image_uri="europe-docker.pkg.dev/vertex-ai/prediction/xgboost-cpu.1-7:latest",
        parent_model="projects/acme-ml/locations/europe-west4/models/churn-xgb",
    )
    endpoint = aiplatform.Endpoint(endpoint_id)
    model.deploy(endpoint=endpoint, machine_type="n1-standard-4", min_replica_count=1, max_replica_count=3, traffic_percentage=100)
    return endpoint


def redeploy(model, endpoint):
    """Called from the notebook with a model fetched by the user."""
    return endpoint.deploy(model=model, deployed_model_display_name="churn-xgb", machine_type="n1-standard-4", traffic_split={"0": 100})
