"""Nightly batch scoring with a data-quality monitor on the transform input."""

from sagemaker.model_monitor import DatasetFormat
from sagemaker.transformer import Transformer
from sagemaker.workflow.check_job_config import CheckJobConfig
from sagemaker.workflow.monitor_batch_transform_step import MonitorBatchTransformStep
from sagemaker.workflow.quality_check_step import DataQualityCheckConfig


def scoring_step(role, session, model_name, input_uri, baseline_uri, bucket):
    transformer = Transformer(model_name=model_name, instance_count=1, instance_type="ml.m5.xlarge", output_path=f"s3://{bucket}/scores", sagemaker_session=session)
    transform_args = transformer.transform(data=input_uri, content_type="text/csv", split_type="Line")
    return MonitorBatchTransformStep(
        name="MonitoredBatchScoring",
        transform_step_args=transform_args,
        monitor_configuration=DataQualityCheckConfig(baseline_dataset=baseline_uri, dataset_format=DatasetFormat.csv(header=False), output_s3_uri=f"s3://{bucket}/monitor"),
        check_job_configuration=CheckJobConfig(role=role, instance_count=1, instance_type="ml.c5.xlarge", sagemaker_session=session),
        monitor_before_transform=True,
        fail_on_violation=True,
    )
