"""Upload the trained SavedModel to Vertex AI, but only a model the TFX Evaluator blessed."""
from google.cloud import aiplatform
from tfx.types.artifact_utils import get_single_uri
from tfx.utils.model_utils import is_model_blessed

SERVING_IMAGE = "europe-docker.pkg.dev/vertex-ai/prediction/tf2-cpu.2-13:latest"


def push(model_artifacts, blessing_artifacts, version: str):
    if not is_model_blessed(blessing_artifacts[0]):
        print(f"model {version} not blessed by the Evaluator: not pushing")
        return None
    return aiplatform.Model.upload(
        display_name=f"fraud-{version}",
        artifact_uri=get_single_uri(model_artifacts),
        serving_container_image_uri=SERVING_IMAGE,
    )
