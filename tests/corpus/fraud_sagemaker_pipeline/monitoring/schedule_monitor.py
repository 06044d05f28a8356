"""Hourly data-quality monitoring of the fraud endpoint against the pipeline baseline."""
from sagemaker.model_monitor import CronExpressionGenerator, DefaultModelMonitor
from sagemaker.model_monitor.dataset_format import DatasetFormat

ENDPOINT = "card-fraud-prod"


def schedule(role: str, bucket: str) -> None:
    monitor = DefaultModelMonitor(role=role, instance_count=1, instance_type="ml.m5.xlarge",
                                  volume_size_in_gb=20, max_runtime_in_seconds=3600)
    monitor.suggest_baseline(
        baseline_dataset=f"s3://{bucket}/fraud/processed/train/train.csv",
        dataset_format=DatasetFormat.csv(header=False),
        output_s3_uri=f"s3://{bucket}/fraud/monitoring/baseline",
        wait=True,
    )
    monitor.create_monitoring_schedule(
        monitor_schedule_name="card-fraud-data-quality",
        endpoint_input=ENDPOINT,
        output_s3_uri=f"s3://{bucket}/fraud/monitoring/reports",
        statistics=monitor.baseline_statistics(),
        constraints=monitor.suggested_constraints(),
        schedule_cron_expression=CronExpressionGenerator.hourly(),
        enable_cloudwatch_metrics=True,
    )
