"""Baseline configurations for the fraud pipeline's quality checks, kept apart from the
pipeline so that the monitoring team owns thresholds and output locations."""

from sagemaker.model_monitor import DatasetFormat
from sagemaker.workflow.quality_check_step import DataQualityCheckConfig, ModelQualityCheckConfig


def data_quality_config(train_uri: str, bucket: str) -> DataQualityCheckConfig:
    return DataQualityCheckConfig(baseline_dataset=train_uri, dataset_format=DatasetFormat.csv(header=False), output_s3_uri=f"s3://{bucket}/baselines/data-quality")


def model_quality_config(predictions_uri: str, bucket: str) -> ModelQualityCheckConfig:
    return ModelQualityCheckConfig(
        baseline_dataset=predictions_uri,
        dataset_format=DatasetFormat.csv(header=False),
        problem_type="BinaryClassification",
        inference_attribute="_c0",
        ground_truth_attribute="_c1",
        output_s3_uri=f"s3://{bucket}/baselines/model-quality",
    )
