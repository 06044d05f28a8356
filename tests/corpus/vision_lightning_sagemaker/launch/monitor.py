"""Model-quality monitoring for the defect endpoint (ground truth comes from QA inspectors)."""
from sagemaker.model_monitor import CronExpressionGenerator, ModelQualityMonitor
from sagemaker.model_monitor.dataset_format import DatasetFormat

ROLE = "arn:aws:iam::123456789012:role/defect-sagemaker"

monitor = ModelQualityMonitor(role=ROLE, instance_count=1, instance_type="ml.m5.xlarge", max_runtime_in_seconds=1800)
monitor.suggest_baseline(
    job_name="defect-quality-baseline",
    baseline_dataset="s3://factory-vision-ml/baseline/val_predictions.csv",
    dataset_format=DatasetFormat.csv(header=True),
    problem_type="MulticlassClassification",
    inference_attribute="prediction",
    ground_truth_attribute="label",
    output_s3_uri="s3://factory-vision-ml/monitoring/baseline",
)
monitor.create_monitoring_schedule(
    monitor_schedule_name="defect-model-quality",
    endpoint_input="defect-classifier",
    ground_truth_input="s3://factory-vision-ml/monitoring/ground-truth",
    problem_type="MulticlassClassification",
    output_s3_uri="s3://factory-vision-ml/monitoring/reports",
    constraints=monitor.suggested_constraints(),
    schedule_cron_expression=CronExpressionGenerator.daily(),
)
