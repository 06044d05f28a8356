"""Promote the latest approved model package to the fraud endpoint, if it beats what is live."""
import json

import boto3
import sagemaker
from sagemaker import ModelPackage
from sagemaker.model_monitor import DataCaptureConfig

ENDPOINT = "card-fraud-prod"
GROUP = "CardFraud"
MIN_GAIN = 0.002


def _package_auc(sm, arn: str) -> float:
    desc = sm.describe_model_package(ModelPackageName=arn)
    uri = desc["ModelMetrics"]["ModelQuality"]["Statistics"]["S3Uri"]
    bucket, key = uri.replace("s3://", "").split("/", 1)
    body = boto3.client("s3").get_object(Bucket=bucket, Key=key)["Body"].read()
    return json.loads(body)["binary_classification_metrics"]["auc"]["value"]


def main(role: str, live_package_arn: str) -> None:
    sm = boto3.client("sagemaker")
    latest = sm.list_model_packages(ModelPackageGroupName=GROUP, ModelApprovalStatus="Approved",
                                    SortBy="CreationTime", SortOrder="Descending", MaxResults=1)["ModelPackageSummaryList"][0]
    candidate_auc = _package_auc(sm, latest["ModelPackageArn"])
    production_auc = _package_auc(sm, live_package_arn)
    if candidate_auc < production_auc + MIN_GAIN:
        print(f"candidate auc {candidate_auc:.4f} does not beat production {production_auc:.4f}; keeping live model")
        return
    model = ModelPackage(role=role, model_package_arn=latest["ModelPackageArn"], sagemaker_session=sagemaker.Session())
    capture = DataCaptureConfig(enable_capture=True, sampling_percentage=20,
                                destination_s3_uri="s3://fraud-ml-prod/datacapture")
    model.deploy(initial_instance_count=2, instance_type="ml.m5.large", endpoint_name=ENDPOINT,
                 data_capture_config=capture, update_endpoint=True)


if __name__ == "__main__":
    import sys

    main(sys.argv[1], sys.argv[2])
