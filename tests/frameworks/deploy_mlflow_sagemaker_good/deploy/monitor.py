from sagemaker.model_monitor import DefaultModelMonitor
from sagemaker.model_monitor.dataset_format import DatasetFormat


def schedule(role: str) -> None:
    monitor = DefaultModelMonitor(role=role, instance_count=1, instance_type="ml.m5.large")
    monitor.suggest_baseline(baseline_dataset="s3://demand/train/baseline.csv", dataset_format=DatasetFormat.csv(header=True))
    monitor.create_monitoring_schedule(endpoint_input="demand-forecast", output_s3_uri="s3://demand/monitoring/", schedule_cron_expression="cron(0 * ? * * *)")
