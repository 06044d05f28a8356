"""SageMaker Pipeline: train, evaluate, and register + deploy only when the F1 clears the bar."""
from sagemaker.estimator import Estimator
from sagemaker.processing import ScriptProcessor
from sagemaker.workflow.condition_step import ConditionStep
from sagemaker.workflow.conditions import ConditionGreaterThanOrEqualTo
from sagemaker.workflow.functions import JsonGet
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.properties import PropertyFile
from sagemaker.workflow.step_collections import RegisterModel
from sagemaker.workflow.steps import ProcessingStep, TrainingStep
from steps.endpoint_step import EndpointDeployment


def build(role: str, image: str, bucket: str) -> Pipeline:
    estimator = Estimator(image_uri=image, role=role, instance_count=1, instance_type="ml.m5.xlarge", output_path=f"s3://{bucket}/models")
    train = TrainingStep(name="Train", estimator=estimator)
    report = PropertyFile(name="EvaluationReport", output_name="evaluation", path="evaluation.json")
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
        model_package_group_name="fraud-models",
        approval_status="Approved",
    )
    deploy = EndpointDeployment(name="fraud-endpoint", model_package_arn=register.steps[0].properties.ModelPackageArn, role=role, lambda_role=role)
    gate = ConditionStep(
        name="F1AboveBar",
        conditions=[ConditionGreaterThanOrEqualTo(left=JsonGet(step_name=evaluate.name, property_file=report, json_path="metrics.f1"), right=0.8)],
        if_steps=[register, deploy],
        else_steps=[],
    )
    return Pipeline(name="fraud", steps=[train, evaluate, gate])
