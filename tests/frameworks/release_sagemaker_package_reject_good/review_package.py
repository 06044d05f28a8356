"""Reviewer CLI for churn model packages: refuse one, or put it back in the approval queue.

Approval itself happens in the SageMaker console after the evaluation report is read; this
tool only ever takes a package away from deployment."""
import argparse

import boto3


def refuse(client, arn: str, note: str) -> None:
    client.update_model_package(ModelPackageArn=arn, ModelApprovalStatus="Rejected", ApprovalDescription=note)


def requeue(client, arn: str) -> None:
    client.update_model_package(ModelPackageArn=arn, ModelApprovalStatus="PendingManualApproval")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("action", choices=["refuse", "requeue"])
    parser.add_argument("arn")
    parser.add_argument("--note", default="refused by reviewer")
    args = parser.parse_args()
    client = boto3.client("sagemaker")
    if args.action == "refuse":
        refuse(client, args.arn, args.note)
    else:
        requeue(client, args.arn)


if __name__ == "__main__":
    main()
