"""SageMaker Pipeline: register the fraud model only when the evaluation AUC clears the bar."""
from sagemaker.estimator import Estimator
from sagemaker.processing import ScriptProcessor
from sagemaker.workflow.condition_step import ConditionStep
from sagemaker.workflow.conditions import ConditionGreaterThanOrEqualTo
from sagemaker.workflow.functions import JsonGet
from sagemaker.workflow.parameters import ParameterString
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.properties import PropertyFile
from sagemaker.workflow.step_collections import RegisterModel
from sagemaker.workflow.steps import ProcessingStep, TrainingStep


def get_gated_pipeline(role: str, image: str, bucket: str) -> Pipeline:
    approval = ParameterString(name="FraudApprovalStatus", default_value="PendingManualApproval")
    estimator = Estimator(image_uri=image, role=role, instance_count=1, instance_type="ml.m5.xlarge", output_path=f"s3://{bucket}/fraud")
    train = TrainingStep(name="Train", estimator=estimator)
    report = PropertyFile(name="Evaluation", output_name="evaluation", path="evaluation.json")
    evaluate = ProcessingStep(
        name="Evaluate",
        processor=ScriptProcessor(image_uri=image, command=["python3"], role=role, instance_count=1, instance_type="ml.m5.large"),
        code="evaluate.py",
        property_files=[report],
    )
    register = RegisterModel(
        name="Register",
        estimator=estimator,
        model_data=train.properties.ModelArtifacts.S3ModelArtifacts,
        content_types=["text/csv"],
        response_types=["text/csv"],
        model_package_group_name="fraud",
        approval_status=approval,
    )
    check = ConditionStep(
        name="AucAboveBar",
        conditions=[ConditionGreaterThanOrEqualTo(left=JsonGet(step_name=evaluate.name, property_file=report, json_path="metrics.auc"), right=0.9)],
        if_steps=[register],
        else_steps=[],
    )
    return Pipeline(name="fraud", parameters=[approval], steps=[train, evaluate, check])
