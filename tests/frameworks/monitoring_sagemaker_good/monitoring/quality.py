"""Data-quality and model-quality monitoring schedules for the churn endpoint."""

from sagemaker.model_monitor import (
    CronExpressionGenerator,
    DefaultModelMonitor,
    EndpointInput,
    ModelQualityMonitor,
)
from sagemaker.model_monitor.dataset_format import DatasetFormat

ENDPOINT = "churn-prod"


def schedule_data_quality(role: str, bucket: str) -> None:
    monitor = DefaultModelMonitor(role=role, instance_count=1, instance_type="ml.m5.xlarge", volume_size_in_gb=20, max_runtime_in_seconds=3600)
    monitor.suggest_baseline(
        baseline_dataset=f"s3://{bucket}/churn/train/train.csv",
        dataset_format=DatasetFormat.csv(header=True),
        output_s3_uri=f"s3://{bucket}/churn/baseline/data-quality",
    )
    monitor.create_monitoring_schedule(
        monitor_schedule_name="churn-data-quality",
        endpoint_input=ENDPOINT,
        output_s3_uri=f"s3://{bucket}/churn/reports/data-quality",
        statistics=monitor.baseline_statistics(),
        constraints=monitor.suggested_constraints(),
        schedule_cron_expression=CronExpressionGenerator.hourly(),
        enable_cloudwatch_metrics=True,
    )


def schedule_model_quality(role: str, bucket: str) -> None:
    monitor = ModelQualityMonitor(role=role, instance_count=1, instance_type="ml.m5.xlarge", max_runtime_in_seconds=1800)
    monitor.suggest_baseline(
        baseline_dataset=f"s3://{bucket}/churn/validation/predictions.csv",
        dataset_format=DatasetFormat.csv(header=True),
        problem_type="BinaryClassification",
        inference_attribute="prediction",
        probability_attribute="probability",
        ground_truth_attribute="label",
        output_s3_uri=f"s3://{bucket}/churn/baseline/model-quality",
    )
    monitor.create_monitoring_schedule(
        monitor_schedule_name="churn-model-quality",
        endpoint_input=EndpointInput(endpoint_name=ENDPOINT, destination="/opt/ml/processing/input", probability_attribute="0", probability_threshold_attribute=0.5),
        ground_truth_input=f"s3://{bucket}/churn/ground-truth",
        problem_type="BinaryClassification",
        output_s3_uri=f"s3://{bucket}/churn/reports/model-quality",
        constraints=monitor.suggested_constraints(),
        schedule_cron_expression=CronExpressionGenerator.daily(),
    )
