"""Clarify bias-drift and feature-attribution-drift monitors for the churn endpoint."""

from sagemaker import clarify
from sagemaker.model_monitor import CronExpressionGenerator, EndpointInput, ModelBiasMonitor, ModelExplainabilityMonitor

ENDPOINT = "churn-prod"


def schedule_clarify_monitors(role: str, bucket: str, analysis_config_uri: str) -> None:
    endpoint_input = EndpointInput(endpoint_name=ENDPOINT, destination="/opt/ml/processing/input/endpoint", features_attribute="features", probability_attribute="0")
    bias_monitor = ModelBiasMonitor(role=role, instance_count=1, instance_type="ml.m5.xlarge", max_runtime_in_seconds=1800)
    bias_monitor.create_monitoring_schedule(
        analysis_config=analysis_config_uri,
        endpoint_input=endpoint_input,
        ground_truth_input=f"s3://{bucket}/churn/ground-truth",
        output_s3_uri=f"s3://{bucket}/churn/reports/bias",
        schedule_cron_expression=CronExpressionGenerator.daily(),
    )
    explainability_monitor = ModelExplainabilityMonitor(role=role, instance_count=1, instance_type="ml.m5.xlarge")
    shap = clarify.SHAPConfig(baseline=[[12, 70.0, 0]], num_samples=100, agg_method="mean_abs")
    explainability_monitor.create_monitoring_schedule(
        analysis_config=shap,
        endpoint_input=endpoint_input,
        output_s3_uri=f"s3://{bucket}/churn/reports/explainability",
        schedule_cron_expression=CronExpressionGenerator.daily(),
    )
