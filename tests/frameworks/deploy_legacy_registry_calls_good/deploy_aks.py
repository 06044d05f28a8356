"""Deploy a registered MLflow model version to AKS only if its validation AUC clears the bar."""
import sys

import mlflow
import mlflow.azureml
from azureml.core import Workspace
from azureml.core.webservice import AksWebservice

MIN_AUC = 0.82

version = mlflow.tracking.MlflowClient().get_model_version("churn", sys.argv[1])
auc = mlflow.tracking.MlflowClient().get_run(version.run_id).data.metrics["val_auc"]
if auc < MIN_AUC:
    sys.exit(f"val_auc {auc:.3f} below {MIN_AUC}: not deployed")
webservice, azure_model = mlflow.azureml.deploy(
    model_uri=f"models:/churn/{sys.argv[1]}",
    workspace=Workspace.from_config(),
    deployment_config=AksWebservice.deploy_configuration(cpu_cores=2, memory_gb=4),
    service_name="churn-prod",
)
