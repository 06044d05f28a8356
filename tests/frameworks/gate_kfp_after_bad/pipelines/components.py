"""Kubeflow Pipelines v2 components for the demand forecaster."""
from kfp import dsl


@dsl.component(base_image="python:3.11", packages_to_install=["pandas", "scikit-learn"])
def check_mape(metrics: dsl.Input[dsl.Metrics], max_mape: float):
    """Fail the run when the candidate's MAPE is above the budget."""
    mape = metrics.metadata["mape"]
    if mape > max_mape:
        raise RuntimeError(f"MAPE {mape:.3f} over budget {max_mape:.3f}")


@dsl.component(base_image="python:3.11", packages_to_install=["google-cloud-aiplatform"])
def upload_model(model: dsl.Input[dsl.Model], project: str, region: str):
    from google.cloud import aiplatform

    aiplatform.init(project=project, location=region)
    aiplatform.Model.upload(
        display_name="demand-forecaster",
        artifact_uri=model.uri,
        serving_container_image_uri="europe-docker.pkg.dev/vertex-ai/prediction/sklearn-cpu.1-3:latest",
    )
