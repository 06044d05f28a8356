"""Lakehouse Monitoring on the endpoint's inference table: drift against the training
baseline and model quality once labels arrive, refreshed daily."""

from databricks.sdk import WorkspaceClient
from databricks.sdk.service.catalog import MonitorCronSchedule, MonitorInferenceLog, MonitorInferenceLogProblemType


def create_inference_monitor(inference_table: str, baseline_table: str, assets_dir: str) -> None:
    w = WorkspaceClient()
    w.quality_monitors.create(
        table_name=inference_table,
        assets_dir=assets_dir,
        output_schema_name="main.fraud_monitoring",
        baseline_table_name=baseline_table,
        inference_log=MonitorInferenceLog(
            problem_type=MonitorInferenceLogProblemType.PROBLEM_TYPE_CLASSIFICATION,
            prediction_col="prediction",
            label_col="is_fraud",
            timestamp_col="request_time",
            model_id_col="model_version",
            granularities=["1 day"],
        ),
        schedule=MonitorCronSchedule(quartz_cron_expression="0 0 6 * * ?", timezone_id="UTC"),
    )
