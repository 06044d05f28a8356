"""Nightly propensity scores, with Vertex AI skew and drift detection on the batch inputs."""
from google.cloud import aiplatform
from google.cloud.aiplatform import model_monitoring


def run(project: str, model_id: str, day: str, training_table: str) -> str:
    aiplatform.init(project=project, location="europe-west4")
    objective = model_monitoring.ObjectiveConfig(
        skew_detection_config=model_monitoring.SkewDetectionConfig(data_source=training_table, target_field="converted", skew_thresholds={"tenure_days": 0.2}),
        drift_detection_config=model_monitoring.DriftDetectionConfig(drift_thresholds={"tenure_days": 0.2}),
    )
    job = aiplatform.BatchPredictionJob.create(
        job_display_name=f"propensity-{day}",
        model_name=model_id,
        bigquery_source=f"bq://{project}.features.customers_{day}",
        bigquery_destination_prefix=f"bq://{project}.scores",
        model_monitoring_objective_config=objective,
        model_monitoring_alert_config=model_monitoring.EmailAlertConfig(user_emails=["ml-oncall@example.com"]),
    )
    return job.resource_name
