"""MLflow 1.x spelling of the same gated push, kept for the old account."""
import mlflow
import mlflow.sagemaker
from mlflow.sagemaker import SageMakerDeploymentClient

MAX_RMSE = 42.0


def push(run_id: str) -> None:
    rmse = mlflow.get_run(run_id).data.metrics["val_rmse"]
    if rmse > MAX_RMSE:
        raise SystemExit(f"val_rmse {rmse:.1f} above {MAX_RMSE}")
    mlflow.sagemaker.deploy(app_name="demand-forecast-legacy", model_uri=f"runs:/{run_id}/model", region_name="us-east-1", mode="replace")
    SageMakerDeploymentClient("sagemaker:/us-east-1").create_deployment(name="demand-forecast-b", model_uri=f"runs:/{run_id}/model")
    mlflow.sagemaker._deploy_transform_job(job_name="demand-backfill-legacy", model_uri=f"runs:/{run_id}/model", s3_input_data_type="S3Prefix", s3_input_uri="s3://demand/in/", content_type="text/csv", s3_output_path="s3://demand/out/")
