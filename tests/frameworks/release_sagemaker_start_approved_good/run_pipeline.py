"""Kick off the churn pipeline from CI; a reviewer approves the package in the registry."""
import sagemaker

from pipelines.build import get_pipeline

role = sagemaker.get_execution_role()
pipeline = get_pipeline(role, image="123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:latest", bucket="acme-ml")
pipeline.upsert(role_arn=role)
execution = pipeline.start(parameters={"TrainingInstanceType": "ml.m5.2xlarge"})
execution.wait()
nightly = pipeline.start(parameters=dict(ModelApprovalStatus="PendingManualApproval"))
