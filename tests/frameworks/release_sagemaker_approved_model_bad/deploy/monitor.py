"""Daily data-quality monitoring of the fraud endpoint against the training baseline."""
from sagemaker.model_monitor import CronExpressionGenerator, DefaultModelMonitor

monitor = DefaultModelMonitor(role="arn:aws:iam::111122223333:role/fraud-hosting", instance_count=1, instance_type="ml.m5.large")
monitor.create_monitoring_schedule(
    endpoint_input="fraud-prod",
    output_s3_uri="s3://fraud/monitoring/",
    statistics="s3://fraud/baseline/statistics.json",
    constraints="s3://fraud/baseline/constraints.json",
    schedule_cron_expression=CronExpressionGenerator.daily(),
)
