"""Monthly batch scoring, without monitoring."""

from google.cloud import aiplatform


def score_month(model_name: str, source_uri: str, destination_prefix: str):
    return aiplatform.Model(model_name).batch_predict(job_display_name="taxi-tips-monthly", gcs_source=source_uri, gcs_destination_prefix=destination_prefix, machine_type="n1-standard-4")
