"""Deploy Lambda: put the newest Approved churn package behind the endpoint."""

import boto3

sm = boto3.client("sagemaker")


def handler(event, context):
    newest = sm.list_model_packages(ModelPackageGroupName="churn", ModelApprovalStatus="Approved", SortBy="CreationTime", SortOrder="Descending")["ModelPackageSummaryList"][0]
    name = f"churn-{event['id']}"
    sm.create_model(ModelName=name, ExecutionRoleArn=event["role"], PrimaryContainer={"ModelPackageName": newest["ModelPackageArn"]})
    sm.create_endpoint_config(
        EndpointConfigName=name,
        ProductionVariants=[{"ModelName": name, "VariantName": "AllTraffic", "InitialInstanceCount": 1, "InstanceType": "ml.m5.large"}],
        DataCaptureConfig={"EnableCapture": True, "InitialSamplingPercentage": 20, "DestinationS3Uri": "s3://acme-ml/churn/capture", "CaptureOptions": [{"CaptureMode": "Input"}, {"CaptureMode": "Output"}]},
    )
    sm.update_endpoint(EndpointName="churn", EndpointConfigName=name)
