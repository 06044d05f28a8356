"""Vertex AI component: publish the trained booster to the Model Registry."""

from kfp.v2.dsl import Input, Model, component


@component(packages_to_install=["google-cloud-aiplatform==1.38.0"])
def publish_model(project: str, region: str, serving_image: str, booster: Input[Model]):
    from google.cloud import aiplatform

    aiplatform.init(project=project, location=region)
    registered = aiplatform.Model.upload(
        display_name="fraud-xgb",
        artifact_uri=booster.uri.rsplit("/", 1)[0],
        serving_container_image_uri=serving_image,
    )
    registered.wait()
