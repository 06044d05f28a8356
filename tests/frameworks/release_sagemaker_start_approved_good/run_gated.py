"""Start the fraud pipeline; its registration is already behind the AUC condition."""
import sagemaker

from pipelines.gated import get_gated_pipeline

role = sagemaker.get_execution_role()
pipeline = get_gated_pipeline(role, image="123456789012.dkr.ecr.eu-west-1.amazonaws.com/fraud:latest", bucket="acme-ml")
pipeline.upsert(role_arn=role)
pipeline.start(parameters=dict(FraudApprovalStatus="Approved"))
