"""Reads of the SageMaker Model Registry that the deploy stacks use."""

import boto3


class ModelRegistry:
    def __init__(self) -> None:
        self.client = boto3.client("sagemaker")

    def get_latest_approved_package(self, group: str) -> str:
        query = {
            "ModelPackageGroupName": group,
            "ModelApprovalStatus": "Approved",
            "SortBy": "CreationTime",
            "SortOrder": "Descending",
            "MaxResults": 1,
        }
        summaries = self.client.list_model_packages(**query)["ModelPackageSummaryList"]
        if not summaries:
            raise LookupError(f"no approved package in {group}")
        return summaries[0]["ModelPackageArn"]
