"""Model-build pipeline: register every trained churn model, approved straight away
(the default of the approval parameter is Approved)."""
from sagemaker.workflow.parameters import ParameterString
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.step_collections import RegisterModel

from pipelines.steps import step_eval, step_train, xgb_estimator

approval = ParameterString(name="ModelApprovalStatus", default_value="Approved")

step_register = RegisterModel(
    name="RegisterChurn",
    estimator=xgb_estimator,
    model_data=step_train.properties.ModelArtifacts.S3ModelArtifacts,
    content_types=["text/csv"],
    response_types=["text/csv"],
    inference_instances=["ml.m5.large"],
    transform_instances=["ml.m5.large"],
    model_package_group_name="churn-xgb",
    approval_status=approval,
)
pipeline = Pipeline(name="churn-build", parameters=[approval], steps=[step_train, step_eval, step_register])
