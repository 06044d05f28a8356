"""Publish the beans classifier to a Vertex AI endpoint once its accuracy clears the bar."""
import json

from google.cloud import aiplatform

ACCURACY_BAR = 0.9


def publish(project: str, region: str, model_dir: str, report: str) -> str:
    aiplatform.init(project=project, location=region)
    with open(report) as handle:
        scores = json.load(handle)
    if scores["accuracy"] < ACCURACY_BAR:
        raise SystemExit("accuracy under the bar: keeping the current model")
    model = aiplatform.Model.upload(
        display_name="beans",
        artifact_uri=model_dir,
        serving_container_image_uri="us-docker.pkg.dev/vertex-ai/prediction/sklearn-cpu.1-3:latest",
    )
    endpoint = model.deploy(machine_type="n1-standard-2")
    return endpoint.resource_name
