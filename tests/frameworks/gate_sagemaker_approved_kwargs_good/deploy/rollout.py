"""Roll the newest Approved churn package out to the endpoint (run by the release job)."""
import boto3

sm = boto3.client("sagemaker")
ROLE = "arn:aws:iam::111122223333:role/churn-hosting"


def newest_approved(group: str) -> str:
    kwargs = dict(ModelPackageGroupName=group, ModelApprovalStatus="Approved", SortBy="CreationTime", SortOrder="Descending")
    summaries = sm.list_model_packages(**kwargs)["ModelPackageSummaryList"]
    if not summaries:
        raise LookupError(f"no approved package in {group}")
    return summaries[0]["ModelPackageArn"]


def roll_out(group: str, endpoint: str) -> None:
    name = f"{endpoint}-model"
    sm.create_model(ModelName=name, ExecutionRoleArn=ROLE, PrimaryContainer={"ModelPackageName": newest_approved(group)})
    sm.create_endpoint_config(
        EndpointConfigName=name,
        ProductionVariants=[{"VariantName": "AllTraffic", "ModelName": name, "InstanceType": "ml.m5.large", "InitialInstanceCount": 1}],
        DataCaptureConfig={"EnableCapture": True, "InitialSamplingPercentage": 20, "DestinationS3Uri": "s3://churn/capture/",
                           "CaptureOptions": [{"CaptureMode": "Input"}, {"CaptureMode": "Output"}]},
    )
    sm.update_endpoint(EndpointName=endpoint, EndpointConfigName=name)
