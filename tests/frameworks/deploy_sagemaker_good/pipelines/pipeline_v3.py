"""The same gate with the SageMaker Python SDK v3 module layout."""
from sagemaker.core.workflow.functions import JsonGet
from sagemaker.mlops.workflow.condition_step import ConditionStep
from sagemaker.mlops.workflow.conditions import ConditionGreaterThanOrEqualTo
from sagemaker.workflow.step_collections import RegisterModel

from pipelines.steps import estimator, evaluation_report, step_evaluate, step_train

register = RegisterModel(
    name="RegisterChurnV3",
    estimator=estimator,
    model_data=step_train.properties.ModelArtifacts.S3ModelArtifacts,
    content_types=["text/csv"],
    response_types=["text/csv"],
    model_package_group_name="churn",
)
gate = ConditionStep(
    name="CheckAucV3",
    conditions=[ConditionGreaterThanOrEqualTo(left=JsonGet(step_name=step_evaluate.name, property_file=evaluation_report, json_path="metrics.auc.value"), right=0.8)],
    if_steps=[register],
    else_steps=[],
)
