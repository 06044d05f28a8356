"""Production endpoint for the churn model: captured traffic, hourly data-quality monitor."""

from sagemaker.model import Model
from sagemaker.model_monitor import CronExpressionGenerator, DataCaptureConfig, DefaultModelMonitor
from sagemaker.model_monitor.dataset_format import DatasetFormat

MIN_AUC = 0.8


def release(model_data: str, image_uri: str, role: str, auc: float, bucket: str) -> None:
    if auc < MIN_AUC:
        raise SystemExit("candidate below the AUC bar")
    capture = DataCaptureConfig(enable_capture=True, sampling_percentage=20, destination_s3_uri=f"s3://{bucket}/capture")
    predictor = Model(image_uri=image_uri, model_data=model_data, role=role).deploy(
        initial_instance_count=2, instance_type="ml.m5.large", endpoint_name="churn-prod", data_capture_config=capture
    )
    monitor = DefaultModelMonitor(role=role, instance_count=1, instance_type="ml.m5.xlarge")
    monitor.suggest_baseline(baseline_dataset=f"s3://{bucket}/train/train.csv", dataset_format=DatasetFormat.csv(header=True), output_s3_uri=f"s3://{bucket}/baseline")
    monitor.create_monitoring_schedule(
        endpoint_input=predictor.endpoint_name,
        output_s3_uri=f"s3://{bucket}/monitoring",
        statistics=monitor.baseline_statistics(),
        constraints=monitor.suggested_constraints(),
        schedule_cron_expression=CronExpressionGenerator.hourly(),
    )
