"""Roll the newest approved churn package out to the endpoint (run by the release job)."""
import boto3

sm = boto3.client("sagemaker")
ROLE = "arn:aws:iam::111122223333:role/churn-hosting"


def newest_approved(group: str) -> str:
    query = {"ModelPackageGroupName": group, "SortBy": "CreationTime", "SortOrder": "Descending", "MaxResults": 5}
    query["ModelApprovalStatus"] = "Approved"
    summaries = sm.list_model_packages(**query)["ModelPackageSummaryList"]
    if not summaries:
        raise LookupError(f"no approved package in {group}")
    return summaries[0]["ModelPackageArn"]


def roll_out(group: str, endpoint: str) -> None:
    name = f"{endpoint}-model"
    sm.create_model(ModelName=name, ExecutionRoleArn=ROLE, PrimaryContainer={"ModelPackageName": newest_approved(group)})
    sm.create_endpoint_config(
        EndpointConfigName=name,
        ProductionVariants=[{"VariantName": "AllTraffic", "ModelName": name, "InstanceType": "ml.m5.large", "InitialInstanceCount": 1}],
    )
    sm.update_endpoint(EndpointName=endpoint, EndpointConfigName=name)
