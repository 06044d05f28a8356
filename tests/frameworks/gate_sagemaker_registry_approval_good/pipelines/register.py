"""Register each trained candidate for review; a person approves it in the Model Registry.

This is the pattern of the SageMaker MLOps project template: the pipeline registers the
version as PendingManualApproval, and deployment is triggered only by the approval event.
"""

import boto3
from sagemaker.workflow.parameters import ParameterString
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.step_collections import RegisterModel
from sagemaker.xgboost.estimator import XGBoost

model_approval_status = ParameterString(name="ModelApprovalStatus", default_value="PendingManualApproval")

xgb = XGBoost(entry_point="train.py", framework_version="1.7-1", instance_type="ml.m5.xlarge", instance_count=1, role="arn:aws:iam::111122223333:role/sm")

step_register = RegisterModel(
    name="RegisterChurnModel",
    estimator=xgb,
    model_data="s3://acme-ml/churn/model.tar.gz",
    content_types=["text/csv"],
    response_types=["text/csv"],
    inference_instances=["ml.m5.large"],
    transform_instances=["ml.m5.large"],
    model_package_group_name="churn",
    approval_status=model_approval_status,
)
pipeline = Pipeline(name="churn-register", parameters=[model_approval_status], steps=[step_register])


def register_from_ci(model_data_url: str, image: str) -> str:
    """The same from a CI job with boto3: the new version waits for approval."""
    sm = boto3.client("sagemaker")
    response = sm.create_model_package(
        ModelPackageGroupName="churn",
        ModelApprovalStatus="PendingManualApproval",
        InferenceSpecification={
            "Containers": [{"Image": image, "ModelDataUrl": model_data_url}],
            "SupportedContentTypes": ["text/csv"],
            "SupportedResponseMIMETypes": ["text/csv"],
        },
    )
    return response["ModelPackageArn"]
