"""boto3 release: endpoint config with data capture, endpoint created only for a passing model."""

import json

import boto3

sm = boto3.client("sagemaker")
MIN_AUC = 0.78


def release(model_name: str, metrics_uri: str, capture_uri: str) -> None:
    metrics = json.loads(boto3.client("s3").get_object(**_split(metrics_uri))["Body"].read())
    if metrics["auc"] < MIN_AUC:
        raise RuntimeError("AUC below release threshold")
    sm.create_endpoint_config(
        EndpointConfigName=f"{model_name}-config",
        ProductionVariants=[{"VariantName": "AllTraffic", "ModelName": model_name, "InstanceType": "ml.m5.large", "InitialInstanceCount": 1}],
        DataCaptureConfig={
            "EnableCapture": True,
            "InitialSamplingPercentage": 25,
            "DestinationS3Uri": capture_uri,
            "CaptureOptions": [{"CaptureMode": "Input"}, {"CaptureMode": "Output"}],
        },
    )
    sm.create_endpoint(EndpointName="ltv-prod", EndpointConfigName=f"{model_name}-config")


def _split(uri: str) -> dict:
    bucket, _, key = uri.removeprefix("s3://").partition("/")
    return {"Bucket": bucket, "Key": key}
