"""Fraud training pipeline: preprocess, train, a 'drift report' step, register for approval."""

from sagemaker.inputs import TrainingInput
from sagemaker.processing import ProcessingOutput
from sagemaker.sklearn.processing import SKLearnProcessor
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.step_collections import RegisterModel
from sagemaker.workflow.steps import ProcessingStep, TrainingStep


def build(role: str, bucket: str, estimator) -> Pipeline:
    processor = SKLearnProcessor(framework_version="1.2-1", role=role, instance_type="ml.m5.xlarge", instance_count=1)
    prepare = ProcessingStep(
        name="Prepare",
        processor=processor,
        code="scripts/prepare.py",
        outputs=[ProcessingOutput(output_name="train", source="/opt/ml/processing/train")],
    )
    train = TrainingStep(
        name="Train",
        estimator=estimator,
        inputs={"train": TrainingInput(prepare.properties.ProcessingOutputConfig.Outputs["train"].S3Output.S3Uri)},
    )
    drift_report = ProcessingStep(name="DriftReport", processor=processor, code="scripts/describe_features.py", depends_on=[prepare])
    register = RegisterModel(
        name="Register",
        estimator=estimator,
        model_data=train.properties.ModelArtifacts.S3ModelArtifacts,
        content_types=["text/csv"],
        response_types=["text/csv"],
        inference_instances=["ml.m5.large"],
        transform_instances=["ml.m5.large"],
        model_package_group_name="fraud",
    )
    return Pipeline(name="fraud-training", steps=[prepare, train, drift_report, register])
