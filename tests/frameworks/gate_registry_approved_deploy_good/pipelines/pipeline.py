"""Model-build pipeline: register the churn model only when its AUC clears the bar, and
leave it PendingManualApproval for a reviewer."""
from sagemaker.workflow.condition_step import ConditionStep
from sagemaker.workflow.conditions import ConditionGreaterThanOrEqualTo
from sagemaker.workflow.fail_step import FailStep
from sagemaker.workflow.functions import JsonGet
from sagemaker.workflow.parameters import ParameterString
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.step_collections import RegisterModel

from pipelines.steps import evaluation_report, step_eval, step_train, xgb_estimator

approval = ParameterString(name="ModelApprovalStatus", default_value="PendingManualApproval")

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
auc_ok = ConditionGreaterThanOrEqualTo(
    left=JsonGet(step_name=step_eval.name, property_file=evaluation_report, json_path="binary_classification_metrics.auc.value"),
    right=0.82,
)
step_check = ConditionStep(
    name="CheckAuc",
    conditions=[auc_ok],
    if_steps=[step_register],
    else_steps=[FailStep(name="AucTooLow", error_message="AUC below 0.82")],
)
pipeline = Pipeline(name="churn-build", parameters=[approval], steps=[step_train, step_eval, step_check])
