"""The release component shared by the demand pipelines: upload the model to Vertex AI."""
from kfp import dsl


@dsl.component(base_image="python:3.11", packages_to_install=["google-cloud-aiplatform"])
def upload_model(model: dsl.Input[dsl.Model], project: str, region: str):
    from google.cloud import aiplatform

    aiplatform.init(project=project, location=region)
    aiplatform.Model.upload(
        display_name="demand-forecaster",
        artifact_uri=model.uri,
        serving_container_image_uri="europe-docker.pkg.dev/vertex-ai/prediction/sklearn-cpu.1-3:latest",
    )


@dsl.component(base_image="python:3.11")
def read_mape(metrics: dsl.Input[dsl.Metrics]) -> float:
    return float(metrics.metadata["mape"])
