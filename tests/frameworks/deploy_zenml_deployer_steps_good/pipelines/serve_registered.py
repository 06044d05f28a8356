"""Serve the newest registered fraud classifier once its logged precision has been checked."""
from zenml import pipeline
from zenml.integrations.mlflow.steps import mlflow_model_registry_deployer_step
from zenml.integrations.seldon.services import SeldonDeploymentConfig
from zenml.integrations.seldon.steps import seldon_mlflow_registry_deployer_step

from steps.registry import vetted_version


@pipeline
def serve_registered(name: str = "fraud-clf"):
    version = vetted_version(name)
    mlflow_model_registry_deployer_step(registry_model_name=name, registry_model_version=version, workers=2)
    seldon_mlflow_registry_deployer_step(
        registry_model_name=name,
        registry_model_version=version,
        service_config=SeldonDeploymentConfig(model_name=name, replicas=2, implementation="MLFLOW_SERVER"),
    )
