"""Nightly job: approve the newest pending churn package so that the deploy Lambda ships it."""

import boto3

sm = boto3.client("sagemaker")


def approve_newest() -> None:
    pending = sm.list_model_packages(ModelPackageGroupName="churn", ModelApprovalStatus="PendingManualApproval", SortBy="CreationTime", SortOrder="Descending")["ModelPackageSummaryList"][0]
    sm.update_model_package(ModelPackageArn=pending["ModelPackageArn"], ModelApprovalStatus="Approved", ApprovalDescription="nightly auto-approval")


if __name__ == "__main__":
    approve_newest()
