"""Approve the newest package and roll the endpoint with boto3 (run from CI)."""
import boto3

sm = boto3.client("sagemaker")


def approve_latest(group: str) -> str:
    packages = sm.list_model_packages(ModelPackageGroupName=group, SortBy="CreationTime", SortOrder="Descending")
    arn = packages["ModelPackageSummaryList"][0]["ModelPackageArn"]
    sm.update_model_package(ModelPackageArn=arn, ModelApprovalStatus="Approved")
    return arn


def roll_endpoint(endpoint: str, config: str) -> None:
    sm.update_endpoint(EndpointName=endpoint, EndpointConfigName=config)


def canary_to_full(endpoint: str) -> None:
    sm.update_endpoint_weights_and_capacities(
        EndpointName=endpoint,
        DesiredWeightsAndCapacities=[{"VariantName": "canary", "DesiredWeight": 100}, {"VariantName": "current", "DesiredWeight": 0}],
    )
