"""Vertex AI Model Monitoring (v1 API): training-serving skew and prediction drift on the endpoint."""

from google.cloud import aiplatform
from google.cloud.aiplatform import model_monitoring

THRESHOLDS = {"tenure_months": 0.3, "monthly_charges": 0.3, "contract": 0.2}


def create_job(endpoint_name: str, training_table: str, emails: list[str]) -> aiplatform.ModelDeploymentMonitoringJob:
    skew = model_monitoring.SkewDetectionConfig(data_source=training_table, target_field="churned", skew_thresholds=THRESHOLDS)
    drift = model_monitoring.DriftDetectionConfig(drift_thresholds=THRESHOLDS)
    objective = model_monitoring.ObjectiveConfig(skew_detection_config=skew, drift_detection_config=drift)
    return aiplatform.ModelDeploymentMonitoringJob.create(
        display_name="churn-monitoring",
        logging_sampling_strategy=model_monitoring.RandomSampleConfig(sample_rate=0.5),
        schedule_config=model_monitoring.ScheduleConfig(monitor_interval=1),
        alert_config=model_monitoring.EmailAlertConfig(user_emails=emails, enable_logging=True),
        objective_configs=objective,
        endpoint=endpoint_name,
    )
