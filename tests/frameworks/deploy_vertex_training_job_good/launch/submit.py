"""Submit the nightly demand-forecast training to Vertex AI; the job writes the model to GCS only."""
from google.cloud import aiplatform

PROJECT = "retail-ml"
REGION = "us-central1"


def submit_custom(image_uri: str, output_dir: str, epochs: int = 30) -> None:
    aiplatform.init(project=PROJECT, location=REGION, staging_bucket="gs://retail-ml-staging")
    job = aiplatform.CustomContainerTrainingJob(display_name="demand-forecast", container_uri=image_uri)
    # no model_display_name / parent_model: the run trains, the artefact stays in base_output_dir
    job.run(
        args=[f"--epochs={epochs}"],
        replica_count=1,
        machine_type="n1-highmem-8",
        base_output_dir=output_dir,
    )
