"""Vertex AI Model Monitoring v2 (preview API): a ModelMonitor with a scheduled feature-drift run."""

from vertexai.resources.preview import ml_monitoring


def create_monitor(model_resource: str, training_uri: str, endpoint_resource: str, output_uri: str):
    schema = ml_monitoring.spec.ModelMonitoringSchema(
        feature_fields=[ml_monitoring.spec.FieldSchema(name="tenure_months", data_type="integer"), ml_monitoring.spec.FieldSchema(name="contract", data_type="categorical")],
        prediction_fields=[ml_monitoring.spec.FieldSchema(name="churned", data_type="categorical")],
    )
    monitor = ml_monitoring.ModelMonitor.create(
        display_name="churn-model-monitor",
        model_name=model_resource,
        model_version_id="1",
        model_monitoring_schema=schema,
        training_dataset=ml_monitoring.spec.MonitoringInput(gcs_uri=training_uri, data_format="csv"),
        tabular_objective_spec=ml_monitoring.spec.TabularObjective(feature_drift_spec=ml_monitoring.spec.DataDriftSpec(default_categorical_alert_threshold=0.1, default_numeric_alert_threshold=0.1)),
        output_spec=ml_monitoring.spec.OutputSpec(gcs_base_dir=output_uri),
    )
    monitor.create_schedule(cron="0 */6 * * *", target_dataset=ml_monitoring.spec.MonitoringInput(endpoints=[endpoint_resource]))
    return monitor
