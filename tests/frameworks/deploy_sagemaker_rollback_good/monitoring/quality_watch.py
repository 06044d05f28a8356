"""Hourly data-quality checks on the fraud endpoint (capture is on in its endpoint config)."""
from sagemaker.model_monitor import CronExpressionGenerator, DefaultModelMonitor
from sagemaker.model_monitor.dataset_format import DatasetFormat

watch = DefaultModelMonitor(role="arn:aws:iam::444455556666:role/MonitorRole", instance_count=1, instance_type="ml.m5.large")
watch.suggest_baseline(baseline_dataset="s3://fraud-ml/train/features.csv", dataset_format=DatasetFormat.csv(header=True))
watch.create_monitoring_schedule(
    endpoint_input="fraud-scorer",
    output_s3_uri="s3://fraud-ml/monitoring",
    schedule_cron_expression=CronExpressionGenerator.hourly(),
)
