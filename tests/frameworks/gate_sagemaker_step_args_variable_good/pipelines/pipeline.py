"""Weekly pipeline: validate, train, evaluate, register for a person to approve (the deploy
Lambda picks up approved packages only)."""

from sagemaker.model_metrics import MetricsSource, ModelMetrics
from sagemaker.processing import ProcessingInput, ProcessingOutput
from sagemaker.sklearn.estimator import SKLearn
from sagemaker.sklearn.model import SKLearnModel
from sagemaker.sklearn.processing import SKLearnProcessor
from sagemaker.workflow.model_step import ModelStep
from sagemaker.workflow.parameters import ParameterString
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.steps import ProcessingStep, TrainingStep
from sagemaker.inputs import TrainingInput

ROLE = "arn:aws:iam::111122223333:role/sm"
BUCKET = "s3://acme-football"


def build() -> Pipeline:
    approval = ParameterString(name="ModelApprovalStatus", default_value="PendingManualApproval")
    processor = SKLearnProcessor(framework_version="1.2-1", role=ROLE, instance_type="ml.t3.medium", instance_count=1)
    validate = ProcessingStep(
        name="Validate",
        processor=processor,
        code="pipelines/validate.py",
        inputs=[ProcessingInput(source=f"{BUCKET}/raw", destination="/opt/ml/processing/input")],
        outputs=[ProcessingOutput(output_name="train", source="/opt/ml/processing/train")],
    )
    estimator = SKLearn(entry_point="train.py", source_dir="pipelines", framework_version="1.2-1", role=ROLE, instance_type="ml.m5.large", output_path=f"{BUCKET}/models")
    train = TrainingStep(
        name="Train",
        estimator=estimator,
        inputs={"train": TrainingInput(s3_data=validate.properties.ProcessingOutputConfig.Outputs["train"].S3Output.S3Uri)},
    )
    evaluate = ProcessingStep(
        name="Evaluate",
        processor=processor,
        code="pipelines/evaluate.py",
        inputs=[ProcessingInput(source=train.properties.ModelArtifacts.S3ModelArtifacts, destination="/opt/ml/processing/model")],
        outputs=[ProcessingOutput(output_name="evaluation", source="/opt/ml/processing/evaluation")],
    )
    metrics = ModelMetrics(
        model_statistics=MetricsSource(
            s3_uri=f"{evaluate.properties.ProcessingOutputConfig.Outputs['evaluation'].S3Output.S3Uri}/evaluation.json",
            content_type="application/json",
        )
    )
    model = SKLearnModel(model_data=train.properties.ModelArtifacts.S3ModelArtifacts, role=ROLE, entry_point="inference.py", source_dir="pipelines", framework_version="1.2-1")
    register_args = model.register(
        content_types=["text/csv"],
        response_types=["application/json"],
        inference_instances=["ml.m5.large"],
        model_package_group_name="match-outcome",
        approval_status=approval,
        model_metrics=metrics,
    )
    register = ModelStep(name="Register", step_args=register_args)
    return Pipeline(name="match-outcome-weekly", parameters=[approval], steps=[validate, train, evaluate, register])
