"""Register each trained churn model for review; a person approves it in the Model Registry."""

from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.step_collections import RegisterModel
from sagemaker.xgboost.estimator import XGBoost

xgb = XGBoost(entry_point="train.py", framework_version="1.7-1", instance_type="ml.m5.xlarge", instance_count=1, role="arn:aws:iam::111122223333:role/sm")

step_register = RegisterModel(
    name="RegisterChurn",
    estimator=xgb,
    model_data="s3://acme-ml/churn/model.tar.gz",
    content_types=["text/csv"],
    response_types=["text/csv"],
    inference_instances=["ml.m5.large"],
    transform_instances=["ml.m5.large"],
    model_package_group_name="churn",
    approval_status="PendingManualApproval",
)
pipeline = Pipeline(name="churn-register", steps=[step_register])
