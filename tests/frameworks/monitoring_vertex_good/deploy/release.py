"""Upload the churn model to the Vertex AI Model Registry and deploy it when it beats the bar."""

import json

from google.cloud import aiplatform

MIN_AUC = 0.80


def release(project: str, region: str, artifact_uri: str, metrics_path: str) -> str:
    aiplatform.init(project=project, location=region)
    with open(metrics_path) as fh:
        metrics = json.load(fh)
    if metrics["auc"] < MIN_AUC:
        raise SystemExit("candidate below the AUC bar; not releasing")
    model = aiplatform.Model.upload(
        display_name="churn",
        artifact_uri=artifact_uri,
        serving_container_image_uri="us-docker.pkg.dev/vertex-ai/prediction/sklearn-cpu.1-3:latest",
    )
    endpoint = aiplatform.Endpoint.create(display_name="churn-endpoint")
    model.deploy(endpoint=endpoint, machine_type="n1-standard-4", min_replica_count=1, max_replica_count=3, traffic_percentage=100)
    return endpoint.resource_name
