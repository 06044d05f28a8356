"""Nightly job: approve every pending churn package so that the deploy Lambda ships the newest."""

import boto3

sm = boto3.client("sagemaker")


def approve_pending() -> None:
    listing = sm.list_model_packages(ModelPackageGroupName="churn", SortBy="CreationTime", SortOrder="Descending")
    for package in listing["ModelPackageSummaryList"]:
        if package["ModelApprovalStatus"] == "PendingManualApproval":
            sm.update_model_package(ModelPackageArn=package["ModelPackageArn"], ModelApprovalStatus="Approved", ApprovalDescription="nightly auto-approval")


if __name__ == "__main__":
    approve_pending()
