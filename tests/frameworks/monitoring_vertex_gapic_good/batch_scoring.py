"""Monthly batch scoring with skew detection against the training data."""

from google.cloud import aiplatform
from google.cloud.aiplatform import model_monitoring


def score_month(model_name: str, source_uri: str, destination_prefix: str, training_table: str):
    model = aiplatform.Model(model_name)
    objective = model_monitoring.ObjectiveConfig(skew_detection_config=model_monitoring.SkewDetectionConfig(data_source=training_table, target_field="tip_bin", skew_thresholds={"trip_miles": 0.3}))
    return model.batch_predict(
        job_display_name="taxi-tips-monthly",
        gcs_source=source_uri,
        gcs_destination_prefix=destination_prefix,
        machine_type="n1-standard-4",
        model_monitoring_objective_config=objective,
        model_monitoring_alert_config=model_monitoring.EmailAlertConfig(user_emails=["ml-oncall@example.com"]),
    )


def score_month_gapic(parent: str, model: str, source_uri: str, destination_prefix: str, training_table: str):
    """The same job through the v1beta1 JobServiceClient, with monitoring in the job itself."""
    from google.cloud import aiplatform_v1beta1 as vertex_beta

    skew = vertex_beta.ModelMonitoringObjectiveConfig(
        training_dataset=vertex_beta.ModelMonitoringObjectiveConfig.TrainingDataset(target_field="tip_bin", bigquery_source=vertex_beta.BigQuerySource(input_uri=training_table)),
        training_prediction_skew_detection_config=vertex_beta.ModelMonitoringObjectiveConfig.TrainingPredictionSkewDetectionConfig(skew_thresholds={"trip_miles": vertex_beta.ThresholdConfig(value=0.3)}),
    )
    job = vertex_beta.BatchPredictionJob(
        display_name="taxi-tips-monthly",
        model=model,
        input_config=vertex_beta.BatchPredictionJob.InputConfig(instances_format="jsonl", gcs_source=vertex_beta.GcsSource(uris=[source_uri])),
        output_config=vertex_beta.BatchPredictionJob.OutputConfig(predictions_format="jsonl", gcs_destination=vertex_beta.GcsDestination(output_uri_prefix=destination_prefix)),
        model_monitoring_config=vertex_beta.ModelMonitoringConfig(
            objective_configs=[skew],
            alert_config=vertex_beta.ModelMonitoringAlertConfig(email_alert_config=vertex_beta.ModelMonitoringAlertConfig.EmailAlertConfig(user_emails=["ml-oncall@example.com"])),
        ),
    )
    client = vertex_beta.JobServiceClient(client_options={"api_endpoint": "us-central1-aiplatform.googleapis.com"})
    return client.create_batch_prediction_job(parent=parent, batch_prediction_job=job)
