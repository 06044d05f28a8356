"""SageMaker Pipeline: train, register and deploy the model whatever it scores."""
from sagemaker.estimator import Estimator
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.step_collections import RegisterModel
from sagemaker.workflow.steps import TrainingStep
from steps.endpoint_step import EndpointDeployment


def build(role: str, image: str, bucket: str) -> Pipeline:
    estimator = Estimator(image_uri=image, role=role, instance_count=1, instance_type="ml.m5.xlarge", output_path=f"s3://{bucket}/models")
    train = TrainingStep(name="Train", estimator=estimator)
    register = RegisterModel(
        name="Register",
        estimator=estimator,
        model_data=train.properties.ModelArtifacts.S3ModelArtifacts,
        content_types=["text/csv"],
        response_types=["text/csv"],
        model_package_group_name="fraud-models",
        approval_status="PendingManualApproval",
    )
    deploy = EndpointDeployment(name="fraud-endpoint", model_package_arn=register.steps[0].properties.ModelPackageArn, role=role, lambda_role=role)
    return Pipeline(name="fraud", steps=[train, register, deploy])
