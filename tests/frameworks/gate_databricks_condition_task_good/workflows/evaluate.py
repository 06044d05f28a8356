"""Job task: register the candidate and flag a deploy only when it beats the served model's MAE."""
import mlflow
from mlflow import MlflowClient

client = MlflowClient()
run_id = dbutils.jobs.taskValues.get(taskKey="train", key="run_id")  # noqa: F821
candidate_mae = client.get_run(run_id).data.metrics["val_mae"]
served = client.get_model_version_by_alias("main.claims.severity_model", "serving")
served_mae = client.get_run(served.run_id).data.metrics["val_mae"]
if candidate_mae < served_mae:
    version = mlflow.register_model(f"runs:/{run_id}/model", "main.claims.severity_model")
    dbutils.jobs.taskValues.set(key="model_version", value=version.version)  # noqa: F821
    dbutils.jobs.taskValues.set(key="deploy_candidate", value=1)  # noqa: F821
else:
    dbutils.jobs.taskValues.set(key="deploy_candidate", value=0)  # noqa: F821
