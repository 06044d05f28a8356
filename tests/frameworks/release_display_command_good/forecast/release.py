"""Register the backtested forecaster and point the champion alias at it."""
import mlflow
from mlflow import MlflowClient

MODEL_NAME = "store-demand-forecaster"

with mlflow.start_run(run_name="weekly-release") as run:
    mlflow.log_artifact("artifacts/forecaster.joblib", artifact_path="model")
version = mlflow.register_model(f"runs:/{run.info.run_id}/model", MODEL_NAME)
MlflowClient().set_registered_model_alias(MODEL_NAME, "champion", version.version)
