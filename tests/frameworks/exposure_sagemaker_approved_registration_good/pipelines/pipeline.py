"""Demand-forecast pipeline: train, evaluate (fails over budget), register.

The package waits for a reviewer to approve it in the model registry; the endpoints are created
by the platform team's deployment service whenever a package in the group is approved.
"""
from sagemaker.estimator import Estimator
from sagemaker.processing import ProcessingInput, ProcessingOutput, ScriptProcessor
from sagemaker.workflow.parameters import ParameterString
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.pipeline_context import PipelineSession
from sagemaker.workflow.step_collections import RegisterModel
from sagemaker.workflow.steps import ProcessingStep, TrainingStep

session = PipelineSession()
ROLE = "arn:aws:iam::444455556666:role/demand-pipelines"
IMAGE = "444455556666.dkr.ecr.us-east-2.amazonaws.com/demand-sklearn:2.1"

approval = ParameterString(name="ModelApprovalStatus", default_value="PendingManualApproval")

trainer = Estimator(image_uri=IMAGE, role=ROLE, instance_count=1, instance_type="ml.m5.2xlarge", sagemaker_session=session)
train = TrainingStep(name="TrainDemand", step_args=trainer.fit({"train": "s3://demand/train/"}))

checker = ScriptProcessor(image_uri=IMAGE, command=["python3"], role=ROLE, instance_count=1, instance_type="ml.m5.large", sagemaker_session=session)
evaluate = ProcessingStep(
    name="EvaluateDemand",
    step_args=checker.run(
        code="pipelines/evaluate.py",
        inputs=[ProcessingInput(source=train.properties.ModelArtifacts.S3ModelArtifacts, destination="/opt/ml/processing/model")],
        outputs=[ProcessingOutput(output_name="evaluation", source="/opt/ml/processing/evaluation")],
    ),
)

register = RegisterModel(
    name="RegisterDemand",
    estimator=trainer,
    model_data=train.properties.ModelArtifacts.S3ModelArtifacts,
    content_types=["text/csv"],
    response_types=["text/csv"],
    inference_instances=["ml.m5.large"],
    transform_instances=["ml.m5.large"],
    model_package_group_name="demand-forecast",
    approval_status=approval,
    depends_on=[evaluate],
)

pipeline = Pipeline(name="demand-forecast", parameters=[approval], steps=[train, evaluate, register], sagemaker_session=session)
