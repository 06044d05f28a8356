"""Register the fraud model with the drift-check baselines its endpoint monitors compare against.

The package waits for manual approval in the model registry before anything deploys it."""

from sagemaker.drift_check_baselines import DriftCheckBaselines
from sagemaker.model_metrics import MetricsSource, ModelMetrics
from sagemaker.workflow.step_collections import RegisterModel


def register_step(estimator, train_step, data_check, model_check):
    baselines = DriftCheckBaselines(
        model_data_statistics=MetricsSource(s3_uri=data_check.properties.BaselineUsedForDriftCheckStatistics, content_type="application/json"),
        model_data_constraints=MetricsSource(s3_uri=data_check.properties.BaselineUsedForDriftCheckConstraints, content_type="application/json"),
        model_statistics=MetricsSource(s3_uri=model_check.properties.BaselineUsedForDriftCheckStatistics, content_type="application/json"),
        model_constraints=MetricsSource(s3_uri=model_check.properties.BaselineUsedForDriftCheckConstraints, content_type="application/json"),
    )
    metrics = ModelMetrics(model_statistics=MetricsSource(s3_uri=model_check.properties.CalculatedBaselineStatistics, content_type="application/json"))
    return RegisterModel(
        name="RegisterFraudModel",
        estimator=estimator,
        model_data=train_step.properties.ModelArtifacts.S3ModelArtifacts,
        content_types=["text/csv"],
        response_types=["text/csv"],
        inference_instances=["ml.m5.large"],
        transform_instances=["ml.m5.large"],
        model_package_group_name="fraud",
        model_metrics=metrics,
        drift_check_baselines=baselines,
    )
