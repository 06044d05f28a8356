"""Point the demand-forecast endpoint at a packaged model (run from CI with the package URI)."""
import argparse
import time

import boto3

IMAGE = "763104351884.dkr.ecr.eu-west-1.amazonaws.com/sklearn-inference:1.2-1-cpu-py3"


def register_container(sm, name: str, package_uri: str, role: str) -> None:
    sm.create_model(ModelName=name, PrimaryContainer={"Image": IMAGE, "ModelDataUrl": package_uri}, ExecutionRoleArn=role)


def write_config(sm, name: str) -> None:
    sm.create_endpoint_config(
        EndpointConfigName=name,
        ProductionVariants=[{"VariantName": "main", "ModelName": name, "InitialInstanceCount": 1, "InstanceType": "ml.m5.large"}],
    )


def switch_endpoint(sm, endpoint: str, config: str) -> None:
    sm.update_endpoint(EndpointName=endpoint, EndpointConfigName=config)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--package-uri", required=True)
    parser.add_argument("--role", required=True)
    args = parser.parse_args()
    sm = boto3.client("sagemaker")
    name = f"demand-{int(time.time())}"
    register_container(sm, name, args.package_uri, args.role)
    write_config(sm, name)
    switch_endpoint(sm, "demand-forecast", name)


if __name__ == "__main__":
    main()
