"""Register and deploy only when the job's test AUC clears the bar; ml_client comes from a helper."""
import mlflow
from azure.ai.ml.constants import AssetTypes
from azure.ai.ml.entities import ManagedOnlineDeployment, Model

from deploy.workspace import get_ml_client

MIN_AUC = 0.82


def release(job_name: str) -> None:
    ml_client = get_ml_client()
    auc = mlflow.get_run(job_name).data.metrics["test_auc"]
    if auc < MIN_AUC:
        raise SystemExit(f"test_auc {auc:.3f} < {MIN_AUC}; not releasing")
    model = ml_client.models.create_or_update(Model(path=f"azureml://jobs/{job_name}/outputs/artifacts/paths/model/", name="churn", type=AssetTypes.MLFLOW_MODEL))
    green = ManagedOnlineDeployment(name="green", endpoint_name="churn-endpoint", model=model, instance_type="Standard_DS3_v2", instance_count=1)
    ml_client.online_deployments.begin_create_or_update(green).result()
