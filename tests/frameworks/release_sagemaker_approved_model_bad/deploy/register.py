"""Register the freshly trained fraud model straight as Approved, next to the current approved one."""
import boto3

GROUP = "fraud-lgbm"
IMAGE = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/fraud-lgbm:2.1"


def register(model_data: str) -> str:
    sm_client = boto3.client("sagemaker")
    current = sm_client.list_model_packages(ModelPackageGroupName=GROUP, ModelApprovalStatus="Approved", MaxResults=1)["ModelPackageSummaryList"]
    print("replacing", current[0]["ModelPackageArn"] if current else "nothing")
    response = sm_client.create_model_package(
        ModelPackageGroupName=GROUP,
        ModelApprovalStatus="Approved",
        InferenceSpecification={"Containers": [{"Image": IMAGE, "ModelDataUrl": model_data}], "SupportedContentTypes": ["text/csv"], "SupportedResponseMIMETypes": ["text/csv"]},
    )
    return response["ModelPackageArn"]
