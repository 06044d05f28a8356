"""Lambda handler a pipeline step invokes: puts the registered package behind an endpoint."""

import boto3


def handler(event, context):
    sagemaker = boto3.client("sagemaker")
    model_name = event["model_name"]
    sagemaker.create_model(ModelName=model_name, ExecutionRoleArn=event["role"], Containers=[{"ModelPackageName": event["package_arn"]}])
    sagemaker.create_endpoint_config(
        EndpointConfigName=event["config_name"],
        ProductionVariants=[{"VariantName": "main", "ModelName": model_name, "InstanceType": "ml.m5.large", "InitialInstanceCount": 1}],
    )
    sagemaker.create_endpoint(EndpointName=event["endpoint_name"], EndpointConfigName=event["config_name"])
    return {"statusCode": 200}
