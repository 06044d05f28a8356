from sagemaker.model_monitor import CronExpressionGenerator, DefaultModelMonitor
from sagemaker.model_monitor.dataset_format import DatasetFormat


def setup(role: str, bucket: str, endpoint: str) -> None:
    monitor = DefaultModelMonitor(role=role, instance_count=1, instance_type="ml.m5.xlarge")
    monitor.suggest_baseline(baseline_dataset=f"s3://{bucket}/support/baseline.jsonl",
                             dataset_format=DatasetFormat.json(lines=True), output_s3_uri=f"s3://{bucket}/support/baseline")
    monitor.create_monitoring_schedule(endpoint_input=endpoint, output_s3_uri=f"s3://{bucket}/support/monitoring",
                                       schedule_cron_expression=CronExpressionGenerator.daily())
