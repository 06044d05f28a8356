"""Deploy the newest package of the churn group to the live endpoint (run by the deploy stage
of CodePipeline after every training run): the loop waits for the package to finish, not for
anyone to approve it."""
import time

import boto3

GROUP = "churn-xgboost"
ENDPOINT = "churn-live"
ROLE = "arn:aws:iam::111122223333:role/sagemaker-deploy"

sm = boto3.client("sagemaker")


def latest_package(group: str) -> str:
    listing = sm.list_model_packages(ModelPackageGroupName=group, SortBy="CreationTime", SortOrder="Descending")
    for package in listing["ModelPackageSummaryList"]:
        if package["ModelPackageStatus"] == "Completed":
            return package["ModelPackageArn"]
    raise SystemExit(f"no finished package in {group}")


def deploy() -> None:
    arn = latest_package(GROUP)
    name = f"churn-{int(time.time())}"
    sm.create_model(ModelName=name, ExecutionRoleArn=ROLE, Containers=[{"ModelPackageName": arn}])
    sm.create_endpoint_config(
        EndpointConfigName=name,
        ProductionVariants=[{"VariantName": "AllTraffic", "ModelName": name, "InstanceType": "ml.m5.large", "InitialInstanceCount": 1}],
        DataCaptureConfig={"EnableCapture": True, "InitialSamplingPercentage": 100, "DestinationS3Uri": "s3://churn-capture/live", "CaptureOptions": [{"CaptureMode": "Input"}, {"CaptureMode": "Output"}]},
    )
    sm.update_endpoint(EndpointName=ENDPOINT, EndpointConfigName=name)


if __name__ == "__main__":
    deploy()
