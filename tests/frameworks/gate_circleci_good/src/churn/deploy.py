"""Register the model CI just trained and point the `production` alias at it."""
import os

import mlflow
from mlflow import MlflowClient

MODEL_NAME = os.environ.get("MODEL_NAME", "churn-classifier")


def main() -> None:
    mlflow.set_tracking_uri(os.environ["MLFLOW_TRACKING_URI"])
    with mlflow.start_run(run_name=f"ci-{os.environ.get('GITHUB_SHA', 'local')[:7]}") as run:
        mlflow.log_artifact("artifacts/model.joblib", artifact_path="model")
        mlflow.log_artifact("artifacts/metrics.json")
    version = mlflow.register_model(f"runs:/{run.info.run_id}/model", MODEL_NAME)
    MlflowClient().set_registered_model_alias(MODEL_NAME, "production", version.version)


if __name__ == "__main__":
    main()
