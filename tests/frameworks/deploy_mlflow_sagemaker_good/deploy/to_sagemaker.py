"""Push a run's model to SageMaker only when its logged RMSE beats the endpoint's current model."""
import argparse

import mlflow
import mlflow.sagemaker
from mlflow.sagemaker import SageMakerDeploymentClient


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--run-id", required=True)
    parser.add_argument("--served-rmse", type=float, required=True)
    args = parser.parse_args()
    candidate_rmse = mlflow.get_run(args.run_id).data.metrics["val_rmse"]
    if candidate_rmse >= args.served_rmse:
        raise SystemExit(f"candidate RMSE {candidate_rmse:.2f} does not beat the served {args.served_rmse:.2f}")
    client = SageMakerDeploymentClient("sagemaker:/eu-west-1")
    client.update_deployment(name="demand-forecast", model_uri=f"runs:/{args.run_id}/model")
    mlflow.sagemaker.deploy_transform_job(job_name="demand-backfill", model_uri=f"runs:/{args.run_id}/model", s3_input_data_type="S3Prefix", s3_input_uri="s3://demand/in/", content_type="text/csv", s3_output_path="s3://demand/out/")
