"""Deploy a registered MLflow model version to the AKS production cluster (MLflow 1.x)."""
import sys

import mlflow.azureml
from azureml.core import Workspace
from azureml.core.webservice import AksWebservice

workspace = Workspace.from_config()
config = AksWebservice.deploy_configuration(cpu_cores=2, memory_gb=4)
webservice, azure_model = mlflow.azureml.deploy(
    model_uri=f"models:/churn/{sys.argv[1]}",
    workspace=workspace,
    deployment_config=config,
    service_name="churn-prod",
)
