"""SageMaker pipeline: train, evaluate, register.

The evaluation script fails its processing job when the RMSE is over budget; the ModelStep
that registers the model depends on the evaluation step, so a failed evaluation stops it.
"""
from sagemaker.estimator import Estimator
from sagemaker.model import Model
from sagemaker.processing import ProcessingInput, ScriptProcessor
from sagemaker.workflow.model_step import ModelStep
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.pipeline_context import PipelineSession
from sagemaker.inputs import CreateModelInput
from sagemaker.workflow.steps import CreateModelStep, ProcessingStep, TrainingStep

session = PipelineSession()
ROLE = "arn:aws:iam::111122223333:role/sagemaker-pipelines"
IMAGE = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/eta-xgb:1.7"

estimator = Estimator(image_uri=IMAGE, role=ROLE, instance_count=1, instance_type="ml.m5.xlarge", sagemaker_session=session)
step_train = TrainingStep(name="TrainEta", step_args=estimator.fit({"train": "s3://eta/train/"}))

evaluator = ScriptProcessor(image_uri=IMAGE, command=["python3"], role=ROLE, instance_count=1, instance_type="ml.m5.large", sagemaker_session=session)
step_eval = ProcessingStep(
    name="EvaluateEta",
    step_args=evaluator.run(
        code="pipelines/evaluate.py",
        inputs=[ProcessingInput(source=step_train.properties.ModelArtifacts.S3ModelArtifacts, destination="/opt/ml/processing/model")],
    ),
)

model = Model(image_uri=IMAGE, model_data=step_train.properties.ModelArtifacts.S3ModelArtifacts, role=ROLE, sagemaker_session=session)
step_register = ModelStep(
    name="RegisterEta",
    step_args=model.register(
        content_types=["text/csv"],
        response_types=["text/csv"],
        model_package_group_name="eta-xgb",
        approval_status="Approved",
    ),
    depends_on=[step_eval],
)

step_batch_model = CreateModelStep(
    name="CreateEtaBatchModel",
    model=model,
    inputs=CreateModelInput(instance_type="ml.m5.large"),
    depends_on=[step_eval],
)

pipeline = Pipeline(name="eta-training", steps=[step_train, step_eval, step_register, step_batch_model], sagemaker_session=session)
