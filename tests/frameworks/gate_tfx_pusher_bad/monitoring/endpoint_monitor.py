"""Vertex AI Model Monitoring on the review-sentiment endpoint: prediction drift of the
text-length and language features, checked every six hours."""
from google.cloud import aiplatform
from google.cloud.aiplatform import model_monitoring


def schedule(endpoint_name: str, alert_email: str) -> aiplatform.ModelDeploymentMonitoringJob:
    endpoint = aiplatform.Endpoint.list(filter=f'display_name="{endpoint_name}"')[0]
    drift = model_monitoring.DriftDetectionConfig(drift_thresholds={"review_length": 0.2, "language": 0.1})
    return aiplatform.ModelDeploymentMonitoringJob.create(
        display_name="review-sentiment-drift",
        endpoint=endpoint,
        logging_sampling_strategy=model_monitoring.RandomSampleConfig(sample_rate=0.5),
        schedule_config=model_monitoring.ScheduleConfig(monitor_interval=6),
        alert_config=model_monitoring.EmailAlertConfig(user_emails=[alert_email]),
        objective_configs=model_monitoring.ObjectiveConfig(drift_detection_config=drift),
    )
