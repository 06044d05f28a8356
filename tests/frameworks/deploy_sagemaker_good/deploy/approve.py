"""Approve a package and roll the endpoint only when its evaluation beats the production model."""
import json

import boto3

sm = boto3.client("sagemaker")
s3 = boto3.client("s3")


def evaluation_of(arn: str) -> dict:
    package = sm.describe_model_package(ModelPackageName=arn)
    uri = package["ModelMetrics"]["ModelQuality"]["Statistics"]["S3Uri"]
    bucket, key = uri[5:].split("/", 1)
    return json.loads(s3.get_object(Bucket=bucket, Key=key)["Body"].read())


def promote(candidate_arn: str, production_arn: str, endpoint: str, config: str) -> bool:
    candidate_auc = evaluation_of(candidate_arn)["metrics"]["auc"]["value"]
    production_auc = evaluation_of(production_arn)["metrics"]["auc"]["value"]
    if candidate_auc < production_auc:
        print(f"candidate AUC {candidate_auc:.3f} < production {production_auc:.3f}; keeping production")
        return False
    sm.update_model_package(ModelPackageArn=candidate_arn, ModelApprovalStatus="Approved")
    sm.update_endpoint(EndpointName=endpoint, EndpointConfigName=config)
    return True
