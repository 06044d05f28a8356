"""Lakehouse monitoring on the endpoint's inference table."""
from databricks.sdk import WorkspaceClient
from databricks.sdk.service.catalog import MonitorInferenceLog, MonitorInferenceLogProblemType


def create_monitor(table: str) -> None:
    WorkspaceClient().quality_monitors.create(
        table_name=table,
        assets_dir="/Shared/monitoring/churn-endpoint",
        output_schema_name="main.monitoring",
        inference_log=MonitorInferenceLog(
            problem_type=MonitorInferenceLogProblemType.PROBLEM_TYPE_CLASSIFICATION,
            prediction_col="prediction",
            timestamp_col="ts",
            granularities=["1 day"],
            model_id_col="model_version",
        ),
    )
