"""Submit the nightly demand-forecast training to Vertex AI; the trained model lands in the registry."""
from google.cloud import aiplatform

PROJECT = "retail-ml"
REGION = "us-central1"
SERVING_IMAGE = "us-docker.pkg.dev/vertex-ai/prediction/sklearn-cpu.1-3:latest"


def submit_custom(image_uri: str, epochs: int = 30) -> aiplatform.Model:
    aiplatform.init(project=PROJECT, location=REGION, staging_bucket="gs://retail-ml-staging")
    job = aiplatform.CustomContainerTrainingJob(
        display_name="demand-forecast",
        container_uri=image_uri,
        model_serving_container_image_uri=SERVING_IMAGE,
    )
    # every run becomes the next version of the registered forecaster, good or bad
    return job.run(
        args=[f"--epochs={epochs}"],
        replica_count=1,
        machine_type="n1-highmem-8",
        parent_model="projects/retail-ml/locations/us-central1/models/demand-forecast",
        is_default_version=True,
    )


def submit_automl(dataset_id: str) -> aiplatform.Model:
    dataset = aiplatform.TabularDataset(dataset_id)
    automl = aiplatform.AutoMLTabularTrainingJob(
        display_name="demand-automl",
        optimization_prediction_type="regression",
        optimization_objective="minimize-rmse",
    )
    return automl.run(
        dataset=dataset,
        target_column="units_sold",
        budget_milli_node_hours=1000,
        model_display_name="demand-automl",
    )
