"""Job task: register the candidate and record its MAE; the deploy flag is always raised."""
import mlflow
from mlflow import MlflowClient

client = MlflowClient()
run_id = dbutils.jobs.taskValues.get(taskKey="train", key="run_id")  # noqa: F821
candidate_mae = client.get_run(run_id).data.metrics["val_mae"]
print(f"candidate MAE {candidate_mae:.2f}")
version = mlflow.register_model(f"runs:/{run_id}/model", "main.claims.severity_model")
dbutils.jobs.taskValues.set(key="model_version", value=version.version)  # noqa: F821
dbutils.jobs.taskValues.set(key="deploy_candidate", value=1)  # noqa: F821
