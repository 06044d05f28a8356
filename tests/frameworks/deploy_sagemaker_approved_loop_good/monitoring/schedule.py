"""Hourly data-quality monitoring of the churn endpoint against the training baseline."""
from sagemaker.model_monitor import CronExpressionGenerator, DefaultModelMonitor

ROLE = "arn:aws:iam::111122223333:role/sagemaker-monitor"


def schedule() -> None:
    monitor = DefaultModelMonitor(role=ROLE, instance_count=1, instance_type="ml.m5.large")
    monitor.create_monitoring_schedule(
        monitor_schedule_name="churn-live-data-quality",
        endpoint_input="churn-live",
        output_s3_uri="s3://churn-monitoring/reports",
        statistics="s3://churn-monitoring/baseline/statistics.json",
        constraints="s3://churn-monitoring/baseline/constraints.json",
        schedule_cron_expression=CronExpressionGenerator.hourly(),
    )
