"""Lambda behind an EventBridge rule on "SageMaker Model Package State Change": deploy the
package named in the event to the staging endpoint (any state change: created, rejected...)."""
import boto3

sm = boto3.client("sagemaker")
ROLE = "arn:aws:iam::111122223333:role/fraud-hosting"


def handler(event, context):
    detail = event["detail"]
    name = "fraud-" + detail["ModelPackageVersion"].__str__()
    sm.create_model(ModelName=name, ExecutionRoleArn=ROLE, PrimaryContainer={"ModelPackageName": detail["ModelPackageArn"]})
    sm.create_endpoint_config(
        EndpointConfigName=name,
        ProductionVariants=[{"VariantName": "main", "ModelName": name, "InstanceType": "ml.c5.large", "InitialInstanceCount": 1}],
    )
    sm.update_endpoint(EndpointName="fraud-staging", EndpointConfigName=name)
    return {"deployed": name}
