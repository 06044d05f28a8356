from sagemaker.model_monitor import CronExpressionGenerator, DefaultModelMonitor
from sagemaker.model_monitor.dataset_format import DatasetFormat


def schedule(role: str, endpoint_name: str, baseline_uri: str, reports_uri: str) -> None:
    monitor = DefaultModelMonitor(role=role, instance_count=1, instance_type="ml.m5.xlarge")
    monitor.suggest_baseline(baseline_dataset=baseline_uri, dataset_format=DatasetFormat.csv(header=True))
    monitor.create_monitoring_schedule(
        endpoint_input=endpoint_name,
        output_s3_uri=reports_uri,
        schedule_cron_expression=CronExpressionGenerator.hourly(),
    )
