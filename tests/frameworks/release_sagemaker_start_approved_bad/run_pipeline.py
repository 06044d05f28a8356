"""Kick off the churn pipeline from CI."""
import sagemaker

from pipelines.build import get_pipeline

role = sagemaker.get_execution_role()
pipeline = get_pipeline(role, image="123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:latest", bucket="acme-ml")
pipeline.upsert(role_arn=role)
execution = pipeline.start(
    parameters=dict(
        ModelApprovalStatus="Approved",
    )
)
execution.wait()
