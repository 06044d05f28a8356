"""Manual rollout with the SageMaker SDK: page through the group for the newest Approved package."""
import boto3
from sagemaker import ModelPackage, Session

GROUP = "churn-xgb"
ROLE = "arn:aws:iam::111122223333:role/churn-hosting"


def newest_approved(client) -> str:
    pages = client.get_paginator("list_model_packages").paginate(
        ModelPackageGroupName=GROUP, ModelApprovalStatus="Approved", SortBy="CreationTime", SortOrder="Descending"
    )
    for page in pages:
        for summary in page["ModelPackageSummaryList"]:
            return summary["ModelPackageArn"]
    raise LookupError(f"nothing approved in {GROUP}")


def roll_out() -> None:
    client = boto3.client("sagemaker")
    package = ModelPackage(role=ROLE, model_package_arn=newest_approved(client), sagemaker_session=Session(sagemaker_client=client))
    package.deploy(endpoint_name="churn-canary", instance_type="ml.m5.large", initial_instance_count=1)
