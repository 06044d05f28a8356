"""Deploy Lambda (run on a schedule): put the newest *approved* churn package behind the endpoint."""
import time

import boto3

sm = boto3.client("sagemaker")
GROUP = "churn-xgb"
ENDPOINT = "churn-prod"
EXECUTION_ROLE = "arn:aws:iam::111122223333:role/churn-hosting"


def latest_approved_package() -> str:
    packages = sm.list_model_packages(
        ModelPackageGroupName=GROUP,
        ModelApprovalStatus="Approved",
        SortBy="CreationTime",
        SortOrder="Descending",
        MaxResults=1,
    )["ModelPackageSummaryList"]
    if not packages:
        raise RuntimeError(f"no approved package in {GROUP}")
    return packages[0]["ModelPackageArn"]


def handler(event, context):
    package_arn = latest_approved_package()
    suffix = time.strftime("%Y%m%d%H%M%S")
    model_name = f"churn-{suffix}"
    sm.create_model(ModelName=model_name, ExecutionRoleArn=EXECUTION_ROLE, PrimaryContainer={"ModelPackageName": package_arn})
    sm.create_endpoint_config(
        EndpointConfigName=model_name,
        ProductionVariants=[{"VariantName": "AllTraffic", "ModelName": model_name, "InstanceType": "ml.m5.large", "InitialInstanceCount": 2}],
        DataCaptureConfig={"EnableCapture": True, "InitialSamplingPercentage": 20, "DestinationS3Uri": "s3://churn/capture/",
                           "CaptureOptions": [{"CaptureMode": "Input"}, {"CaptureMode": "Output"}]},
    )
    sm.update_endpoint(EndpointName=ENDPOINT, EndpointConfigName=model_name)
    return {"deployed": package_arn}
