"""Reviewer CLI for churn model packages: approve, send back to the queue, or refuse one."""
import argparse

import boto3


def approve(client, arn: str) -> None:
    client.update_model_package(ModelPackageArn=arn, ModelApprovalStatus="Approved")


def refuse(client, arn: str, note: str) -> None:
    client.update_model_package(ModelPackageArn=arn, ModelApprovalStatus="Rejected", ApprovalDescription=note)


def requeue(client, arn: str) -> None:
    client.update_model_package(ModelPackageArn=arn, ModelApprovalStatus="PendingManualApproval")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("action", choices=["approve", "refuse", "requeue"])
    parser.add_argument("arn")
    parser.add_argument("--note", default="")
    args = parser.parse_args()
    client = boto3.client("sagemaker")
    if args.action == "approve":
        approve(client, args.arn)
    elif args.action == "refuse":
        refuse(client, args.arn, args.note)
    else:
        requeue(client, args.arn)


if __name__ == "__main__":
    main()
