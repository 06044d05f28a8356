"""Push the latest run's model to the SageMaker endpoint with MLflow's deployment helpers."""
import argparse

import mlflow.sagemaker
from mlflow.deployments import get_deploy_client


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--run-id", required=True)
    parser.add_argument("--legacy", action="store_true")
    args = parser.parse_args()
    model_uri = f"runs:/{args.run_id}/model"
    if args.legacy:
        mlflow.sagemaker._deploy(mode="replace", app_name="demand-forecast", model_uri=model_uri, region_name="eu-west-1")
    else:
        client = get_deploy_client("sagemaker:/eu-west-1")
        client.create_deployment(name="demand-forecast", model_uri=model_uri, config={"instance_type": "ml.m5.large"})


if __name__ == "__main__":
    main()
