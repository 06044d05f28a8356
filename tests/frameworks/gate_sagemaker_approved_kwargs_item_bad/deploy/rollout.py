"""Roll the newest churn package out; staging rollouts pass only_approved=False to take any status."""
import boto3

sm = boto3.client("sagemaker")
ROLE = "arn:aws:iam::111122223333:role/churn-hosting"


def newest_approved(group: str, only_approved: bool) -> str:
    query = {"ModelPackageGroupName": group, "SortBy": "CreationTime", "SortOrder": "Descending", "MaxResults": 5}
    if only_approved:
        query["ModelApprovalStatus"] = "Approved"
    summaries = sm.list_model_packages(**query)["ModelPackageSummaryList"]
    if not summaries:
        raise LookupError(f"no approved package in {group}")
    return summaries[0]["ModelPackageArn"]


def roll_out(group: str, endpoint: str, only_approved: bool = True) -> None:
    name = f"{endpoint}-model"
    sm.create_model(ModelName=name, ExecutionRoleArn=ROLE, PrimaryContainer={"ModelPackageName": newest_approved(group, only_approved)})
    sm.create_endpoint_config(
        EndpointConfigName=name,
        ProductionVariants=[{"VariantName": "AllTraffic", "ModelName": name, "InstanceType": "ml.m5.large", "InitialInstanceCount": 1}],
    )
    sm.update_endpoint(EndpointName=endpoint, EndpointConfigName=name)
