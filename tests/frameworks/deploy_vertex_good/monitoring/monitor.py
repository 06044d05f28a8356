"""Skew and drift detection on the endpoint with Vertex AI Model Monitoring."""
from google.cloud import aiplatform
from google.cloud.aiplatform import model_monitoring

objective = model_monitoring.ObjectiveConfig(
    skew_detection_config=model_monitoring.SkewDetectionConfig(data_source="bq://acme-ml.churn.train", target_field="churned", skew_thresholds={"tenure": 0.3}),
    drift_detection_config=model_monitoring.DriftDetectionConfig(drift_thresholds={"tenure": 0.3}),
)
job = aiplatform.ModelDeploymentMonitoringJob.create(
    display_name="churn-monitoring",
    endpoint="projects/acme-ml/locations/europe-west4/endpoints/123",
    logging_sampling_strategy=model_monitoring.RandomSampleConfig(sample_rate=0.5),
    schedule_config=model_monitoring.ScheduleConfig(monitor_interval=1),
    alert_config=model_monitoring.EmailAlertConfig(user_emails=["ml-oncall@acme.example"]),
    objective_configs=objective,
)
