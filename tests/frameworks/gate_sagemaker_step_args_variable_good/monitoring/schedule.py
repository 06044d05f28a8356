"""Hourly data-quality check of the match-outcome endpoint against the training baseline."""

from sagemaker.model_monitor import CronExpressionGenerator, DefaultModelMonitor
from sagemaker.model_monitor.dataset_format import DatasetFormat

monitor = DefaultModelMonitor(role="arn:aws:iam::111122223333:role/sm", instance_count=1, instance_type="ml.m5.large")
monitor.suggest_baseline(baseline_dataset="s3://acme-football/train/matches.csv", dataset_format=DatasetFormat.csv(header=True))
monitor.create_monitoring_schedule(
    endpoint_input="match-outcome",
    output_s3_uri="s3://acme-football/monitoring",
    schedule_cron_expression=CronExpressionGenerator.hourly(),
)
