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
