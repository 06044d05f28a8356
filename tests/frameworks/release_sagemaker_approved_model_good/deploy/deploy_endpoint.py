"""Stand up the fraud endpoint from the newest package a reviewer approved in the registry."""
import time

import boto3
import sagemaker
from sagemaker.model import Model

GROUP = "fraud-lgbm"
ROLE = "arn:aws:iam::111122223333:role/fraud-hosting"
IMAGE = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/fraud-lgbm:2.1"


def deploy(stage: str = "prod") -> str:
    sm_client = boto3.client("sagemaker")
    approved = sm_client.list_model_packages(
        ModelPackageGroupName=GROUP, ModelApprovalStatus="Approved", SortBy="CreationTime", SortOrder="Descending"
    )["ModelPackageSummaryList"]
    package = sm_client.describe_model_package(ModelPackageName=approved[0]["ModelPackageArn"])
    model_data = package["InferenceSpecification"]["Containers"][0]["ModelDataUrl"]
    name = f"fraud-{stage}-{time.strftime('%Y%m%d%H%M%S')}"
    model = Model(image_uri=IMAGE, model_data=model_data, role=ROLE, name=name, sagemaker_session=sagemaker.Session())
    model.create(instance_type="ml.m5.large")
    sm_client.create_endpoint_config(
        EndpointConfigName=name,
        ProductionVariants=[{"VariantName": "AllTraffic", "ModelName": name, "InstanceType": "ml.m5.large", "InitialInstanceCount": 1}],
        DataCaptureConfig={"EnableCapture": True, "InitialSamplingPercentage": 10, "DestinationS3Uri": "s3://fraud/capture/",
                           "CaptureOptions": [{"CaptureMode": "Input"}, {"CaptureMode": "Output"}]},
    )
    sm_client.create_endpoint(EndpointName=f"fraud-{stage}", EndpointConfigName=name)
    return name


if __name__ == "__main__":
    deploy()
