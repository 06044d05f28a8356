"""Upload the trained SavedModel to Vertex AI (the Evaluator's blessing is only logged)."""
import logging

from google.cloud import aiplatform
from tfx.types.artifact_utils import get_single_uri

SERVING_IMAGE = "europe-docker.pkg.dev/vertex-ai/prediction/tf2-cpu.2-13:latest"


def push(model_artifacts, blessing_artifacts, version: str):
    logging.info("blessing artifact: %s", get_single_uri(blessing_artifacts))
    return aiplatform.Model.upload(
        display_name=f"fraud-{version}",
        artifact_uri=get_single_uri(model_artifacts),
        serving_container_image_uri=SERVING_IMAGE,
    )
