"""Create or update the LTV endpoint from a model artifact (used by the on-call runbook)."""
import time

import boto3
from botocore.exceptions import ClientError

ENDPOINT = "customer-ltv"
IMAGE = "141502667606.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-xgboost:1.7-1"
ROLE = "arn:aws:iam::210987654321:role/ltv-ml"

sm = boto3.client("sagemaker")


def _endpoint_exists(name: str) -> bool:
    try:
        sm.describe_endpoint(EndpointName=name)
        return True
    except ClientError:
        return False


def roll_out(model_data: str) -> None:
    suffix = time.strftime("%Y%m%d%H%M%S")
    model_name = f"ltv-{suffix}"
    sm.create_model(ModelName=model_name, ExecutionRoleArn=ROLE,
                    PrimaryContainer={"Image": IMAGE, "ModelDataUrl": model_data})
    sm.create_endpoint_config(
        EndpointConfigName=model_name,
        ProductionVariants=[{"VariantName": "AllTraffic", "ModelName": model_name,
                             "InstanceType": "ml.c5.xlarge", "InitialInstanceCount": 2}],
    )
    if _endpoint_exists(ENDPOINT):
        sm.update_endpoint(EndpointName=ENDPOINT, EndpointConfigName=model_name)
    else:
        sm.create_endpoint(EndpointName=ENDPOINT, EndpointConfigName=model_name)


if __name__ == "__main__":
    import sys

    roll_out(sys.argv[1])
