"""The MLflow registry step, configured once for every pipeline that registers the classifier."""
from zenml.integrations.mlflow.steps.mlflow_registry import mlflow_register_model_step

register_fraud_model = mlflow_register_model_step.with_options(
    parameters=dict(name="fraud-clf", description="fraud classifier trained on the last 90 days"),
)
