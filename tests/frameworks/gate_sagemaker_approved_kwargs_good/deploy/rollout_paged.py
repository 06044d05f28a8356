"""Same rollout for the fraud model, paging through the registry with a request dict."""
import boto3

sm = boto3.client("sagemaker")
ROLE = "arn:aws:iam::111122223333:role/fraud-hosting"


def newest_approved(group: str) -> str:
    request = {"ModelPackageGroupName": group, "ModelApprovalStatus": "Approved", "SortBy": "CreationTime", "SortOrder": "Descending", "MaxResults": 10}
    while True:
        page = sm.list_model_packages(**request)
        if page["ModelPackageSummaryList"]:
            return page["ModelPackageSummaryList"][0]["ModelPackageArn"]
        if "NextToken" not in page:
            raise LookupError(f"no approved package in {group}")
        request["NextToken"] = page["NextToken"]


def roll_out(group: str, endpoint: str) -> None:
    name = f"{endpoint}-model"
    sm.create_model(ModelName=name, ExecutionRoleArn=ROLE, PrimaryContainer={"ModelPackageName": newest_approved(group)})
    sm.update_endpoint(EndpointName=endpoint, EndpointConfigName=name)
