"""Lambda function a pipeline step invokes: put a registered model package behind an endpoint."""
import boto3

sm = boto3.client("sagemaker")


def handler(event, _context):
    model_name = event["model_name"]
    sm.create_model(
        ModelName=model_name,
        ExecutionRoleArn=event["role"],
        Containers=[{"ModelPackageName": event["model_package_arn"]}],
    )
    sm.create_endpoint_config(
        EndpointConfigName=model_name,
        ProductionVariants=[{"VariantName": "primary", "ModelName": model_name, "InstanceType": event["instance_type"], "InitialInstanceCount": 1}],
    )
    sm.create_endpoint(EndpointName=event["endpoint_name"], EndpointConfigName=model_name)
    return {"statusCode": 200, "body": event["endpoint_name"]}
