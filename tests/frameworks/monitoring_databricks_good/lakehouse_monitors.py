"""Older databricks-sdk versions expose the same API as lakehouse_monitors."""

from databricks.sdk import WorkspaceClient
from databricks.sdk.service.catalog import MonitorTimeSeries


def create_feature_monitor(feature_table: str, assets_dir: str) -> None:
    WorkspaceClient().lakehouse_monitors.create(
        table_name=feature_table,
        assets_dir=assets_dir,
        output_schema_name="main.fraud_monitoring",
        time_series=MonitorTimeSeries(timestamp_col="event_time", granularities=["1 day"]),
    )
