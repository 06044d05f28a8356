"""SageMaker Pipeline for the fraud scorer, one builder function per step.

The builders hand their steps to `build_quality_gate`, which puts the model and the
registration into the branches of the F1 ConditionStep.
"""
from sagemaker.inputs import CreateModelInput
from sagemaker.model import Model
from sagemaker.processing import ProcessingOutput, ScriptProcessor
from sagemaker.workflow.condition_step import ConditionStep
from sagemaker.workflow.conditions import ConditionGreaterThanOrEqualTo
from sagemaker.workflow.fail_step import FailStep
from sagemaker.workflow.functions import JsonGet
from sagemaker.workflow.parameters import ParameterString
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.properties import PropertyFile
from sagemaker.workflow.step_collections import RegisterModel
from sagemaker.workflow.steps import CreateModelStep, ProcessingStep

IMAGE = "683313688378.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-xgboost:1.7-1"


def build_evaluation(role, report, training):
    processor = ScriptProcessor(image_uri=IMAGE, command=["python3"], role=role, instance_count=1, instance_type="ml.m5.large")
    return ProcessingStep(
        name="EvaluateFraud",
        processor=processor,
        code="evaluate.py",
        outputs=[ProcessingOutput(output_name="metrics", source="/opt/ml/processing/metrics")],
        property_files=[report],
    )


def build_model(role, session, training):
    model = Model(image_uri=IMAGE, model_data=training.properties.ModelArtifacts.S3ModelArtifacts, role=role, sagemaker_session=session)
    return CreateModelStep(name="FraudModel", model=model, inputs=CreateModelInput(instance_type="ml.m5.large"))


def build_registration(group, training, approval):
    return RegisterModel(
        name="RegisterFraud",
        estimator=training.estimator,
        model_data=training.properties.ModelArtifacts.S3ModelArtifacts,
        content_types=["text/csv"],
        response_types=["text/csv"],
        inference_instances=["ml.m5.large"],
        transform_instances=["ml.m5.large"],
        model_package_group_name=group,
        approval_status=approval,
    )


def build_quality_gate(report, steps, min_f1):
    f1 = JsonGet(step_name=steps["evaluate"].name, property_file=report, json_path="metrics.f1.value")
    return ConditionStep(
        name="F1AboveFloor",
        conditions=[ConditionGreaterThanOrEqualTo(left=f1, right=min_f1)],
        if_steps=[steps["model"], steps["register"]],
        else_steps=[FailStep(name="F1TooLow", error_message="F1 below the floor")],
    )


def get_pipeline(role, session, training, group="fraud-scorer"):
    approval = ParameterString(name="ModelApprovalStatus", default_value="Approved")
    report = PropertyFile(name="FraudMetrics", output_name="metrics", path="metrics.json")
    evaluate = build_evaluation(role, report, training)
    model_step = build_model(role, session, training)
    register_step = build_registration(group, training, approval)
    gate = build_quality_gate(report, steps={"evaluate": evaluate, "model": model_step, "register": register_step}, min_f1=0.8)
    return Pipeline(name="fraud-train", parameters=[approval], steps=[training, evaluate, gate], sagemaker_session=session)
