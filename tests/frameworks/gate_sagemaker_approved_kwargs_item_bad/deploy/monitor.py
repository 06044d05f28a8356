"""Hourly data-quality monitoring of the churn endpoint against the training baseline."""
from sagemaker.model_monitor import CronExpressionGenerator, DefaultModelMonitor

monitor = DefaultModelMonitor(role="arn:aws:iam::111122223333:role/churn-hosting", instance_count=1, instance_type="ml.m5.large")
monitor.create_monitoring_schedule(
    endpoint_input="churn-prod",
    output_s3_uri="s3://churn/monitoring/",
    statistics="s3://churn/baseline/statistics.json",
    constraints="s3://churn/baseline/constraints.json",
    schedule_cron_expression=CronExpressionGenerator.hourly(),
)
