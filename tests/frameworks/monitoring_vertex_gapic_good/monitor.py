"""Skew and drift monitoring for the taxi-tips endpoint through the v1beta1 JobServiceClient."""

from google.cloud import aiplatform_v1beta1 as vertex_beta
from google.protobuf.duration_pb2 import Duration

THRESHOLDS = {"trip_miles": 0.3, "trip_seconds": 0.3, "payment_type": 0.2}


def create_monitoring_job(parent: str, endpoint: str, deployed_model_ids: list[str], training_table: str, emails: list[str]):
    thresholds = {name: vertex_beta.ThresholdConfig(value=value) for name, value in THRESHOLDS.items()}
    objective = vertex_beta.ModelMonitoringObjectiveConfig(
        training_dataset=vertex_beta.ModelMonitoringObjectiveConfig.TrainingDataset(target_field="tip_bin", bigquery_source=vertex_beta.BigQuerySource(input_uri=training_table)),
        training_prediction_skew_detection_config=vertex_beta.ModelMonitoringObjectiveConfig.TrainingPredictionSkewDetectionConfig(skew_thresholds=thresholds),
        prediction_drift_detection_config=vertex_beta.ModelMonitoringObjectiveConfig.PredictionDriftDetectionConfig(drift_thresholds=thresholds),
    )
    job = vertex_beta.ModelDeploymentMonitoringJob(
        display_name="taxi-tips-monitoring",
        endpoint=endpoint,
        model_deployment_monitoring_objective_configs=[vertex_beta.ModelDeploymentMonitoringObjectiveConfig(deployed_model_id=i, objective_config=objective) for i in deployed_model_ids],
        model_deployment_monitoring_schedule_config=vertex_beta.ModelDeploymentMonitoringScheduleConfig(monitor_interval=Duration(seconds=3600)),
        model_monitoring_alert_config=vertex_beta.ModelMonitoringAlertConfig(email_alert_config=vertex_beta.ModelMonitoringAlertConfig.EmailAlertConfig(user_emails=emails)),
    )
    client = vertex_beta.JobServiceClient(client_options={"api_endpoint": "us-central1-aiplatform.googleapis.com"})
    return client.create_model_deployment_monitoring_job(parent=parent, model_deployment_monitoring_job=job)
