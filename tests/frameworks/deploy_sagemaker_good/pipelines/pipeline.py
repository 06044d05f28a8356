"""Train -> evaluate -> register only if AUC >= threshold (ModelStep with PipelineSession)."""
from sagemaker.model import Model
from sagemaker.workflow.condition_step import ConditionStep
from sagemaker.workflow.conditions import ConditionGreaterThanOrEqualTo
from sagemaker.workflow.fail_step import FailStep
from sagemaker.workflow.functions import JsonGet
from sagemaker.workflow.model_step import ModelStep
from sagemaker.workflow.parameters import ParameterFloat
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.pipeline_context import PipelineSession

from pipelines.steps import evaluation_report, step_evaluate, step_train

session = PipelineSession()
auc_threshold = ParameterFloat(name="AucThreshold", default_value=0.8)

model = Model(
    image_uri=step_train.properties.AlgorithmSpecification.TrainingImage,
    model_data=step_train.properties.ModelArtifacts.S3ModelArtifacts,
    sagemaker_session=session,
    role="arn:aws:iam::111122223333:role/SageMakerRole",
)
step_register = ModelStep(
    name="RegisterChurnModel",
    step_args=model.register(
        content_types=["text/csv"],
        response_types=["text/csv"],
        inference_instances=["ml.m5.large"],
        transform_instances=["ml.m5.large"],
        model_package_group_name="churn",
        approval_status="PendingManualApproval",
    ),
)
step_fail = FailStep(name="AucTooLow", error_message="AUC below threshold")
step_cond = ConditionStep(
    name="CheckAuc",
    conditions=[ConditionGreaterThanOrEqualTo(
        left=JsonGet(step_name=step_evaluate.name, property_file=evaluation_report, json_path="metrics.auc.value"),
        right=auc_threshold,
    )],
    if_steps=[step_register],
    else_steps=[step_fail],
)
pipeline = Pipeline(name="churn", parameters=[auc_threshold], steps=[step_train, step_evaluate, step_cond], sagemaker_session=session)
