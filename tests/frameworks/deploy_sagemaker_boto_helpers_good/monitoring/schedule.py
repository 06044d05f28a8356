"""Data-quality monitor on the production endpoint (capture is enabled in the endpoint config)."""
from sagemaker.model_monitor import CronExpressionGenerator, DefaultModelMonitor
from sagemaker.model_monitor.dataset_format import DatasetFormat

monitor = DefaultModelMonitor(role="arn:aws:iam::111122223333:role/SageMakerRole", instance_count=1, instance_type="ml.m5.xlarge")
monitor.suggest_baseline(baseline_dataset="s3://bucket/demand/train.csv", dataset_format=DatasetFormat.csv(header=True))
monitor.create_monitoring_schedule(
    endpoint_input="demand-forecast",
    output_s3_uri="s3://bucket/demand/monitoring",
    schedule_cron_expression=CronExpressionGenerator.hourly(),
)
