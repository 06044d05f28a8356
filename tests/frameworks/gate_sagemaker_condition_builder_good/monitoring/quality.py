"""Hourly data-quality checks on the fraud endpoint against the training baseline."""
from sagemaker.model_monitor import CronExpressionGenerator, DefaultModelMonitor
from sagemaker.model_monitor.dataset_format import DatasetFormat


def schedule(role: str) -> None:
    watcher = DefaultModelMonitor(role=role, instance_count=1, instance_type="ml.m5.large")
    watcher.suggest_baseline(baseline_dataset="s3://fraud-ml/baseline.csv", dataset_format=DatasetFormat.csv(header=True))
    watcher.create_monitoring_schedule(
        endpoint_input="fraud-scorer",
        output_s3_uri="s3://fraud-ml/monitoring",
        schedule_cron_expression=CronExpressionGenerator.hourly(),
    )
