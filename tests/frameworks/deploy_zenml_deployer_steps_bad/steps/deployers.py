"""The deployer steps this project uses, under the names its pipelines call them by."""
from zenml.integrations.mlflow.steps import mlflow_model_deployer_step

local_deployer = mlflow_model_deployer_step
