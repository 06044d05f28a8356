"""Lambda behind an EventBridge rule on "SageMaker Model Package State Change": deploy a
package to the staging endpoint once a reviewer has approved it in the Model Registry."""
import boto3

sm = boto3.client("sagemaker")
ROLE = "arn:aws:iam::111122223333:role/fraud-hosting"


def handler(event, context):
    detail = event["detail"]
    if detail["ModelApprovalStatus"] != "Approved":
        return {"skipped": detail["ModelPackageArn"]}
    name = "fraud-" + detail["ModelPackageVersion"].__str__()
    sm.create_model(ModelName=name, ExecutionRoleArn=ROLE, PrimaryContainer={"ModelPackageName": detail["ModelPackageArn"]})
    sm.create_endpoint_config(
        EndpointConfigName=name,
        ProductionVariants=[{"VariantName": "main", "ModelName": name, "InstanceType": "ml.c5.large", "InitialInstanceCount": 1}],
    )
    sm.update_endpoint(EndpointName="fraud-staging", EndpointConfigName=name)
    return {"deployed": name}
