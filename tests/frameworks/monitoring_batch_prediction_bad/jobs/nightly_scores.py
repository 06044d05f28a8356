"""Nightly propensity scores: the registered model scores yesterday's customers on Vertex AI."""
from google.cloud import aiplatform


def run(project: str, model_id: str, day: str) -> str:
    aiplatform.init(project=project, location="europe-west4")
    model = aiplatform.Model(model_id)
    job = model.batch_predict(
        job_display_name=f"propensity-{day}",
        bigquery_source=f"bq://{project}.features.customers_{day}",
        bigquery_destination_prefix=f"bq://{project}.scores",
        machine_type="n1-standard-4",
        sync=True,
    )
    return job.resource_name
