"""Data-quality monitoring for the churn endpoint the platform team stands up from the
approved package: baseline the training set once, then compare each hour of captured
traffic with it."""
from sagemaker.model_monitor import CronExpressionGenerator, DefaultModelMonitor
from sagemaker.model_monitor.dataset_format import DatasetFormat

ROLE = "arn:aws:iam::111122223333:role/sagemaker-pipelines"


def schedule(endpoint_name: str) -> None:
    monitor = DefaultModelMonitor(role=ROLE, instance_count=1, instance_type="ml.m5.xlarge", max_runtime_in_seconds=1800)
    monitor.suggest_baseline(
        baseline_dataset="s3://churn/train/train.csv",
        dataset_format=DatasetFormat.csv(header=True),
        output_s3_uri="s3://churn/monitoring/baseline",
    )
    monitor.create_monitoring_schedule(
        monitor_schedule_name="churn-data-quality",
        endpoint_input=endpoint_name,
        output_s3_uri="s3://churn/monitoring/reports",
        statistics=monitor.baseline_statistics(),
        constraints=monitor.suggested_constraints(),
        schedule_cron_expression=CronExpressionGenerator.hourly(),
    )
