"""SageMaker Pipeline: train the churn model and register it; approval is a pipeline parameter."""
from sagemaker.estimator import Estimator
from sagemaker.workflow.parameters import ParameterString
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.step_collections import RegisterModel
from sagemaker.workflow.steps import TrainingStep


def get_pipeline(role: str, image: str, bucket: str) -> Pipeline:
    approval = ParameterString(name="ModelApprovalStatus", default_value="PendingManualApproval")
    estimator = Estimator(image_uri=image, role=role, instance_count=1, instance_type="ml.m5.xlarge", output_path=f"s3://{bucket}/churn")
    train = TrainingStep(name="Train", estimator=estimator)
    register = RegisterModel(
        name="Register",
        estimator=estimator,
        model_data=train.properties.ModelArtifacts.S3ModelArtifacts,
        content_types=["text/csv"],
        response_types=["text/csv"],
        model_package_group_name="churn",
        approval_status=approval,
    )
    return Pipeline(name="churn", parameters=[approval], steps=[train, register])
