"""Churn endpoint: hosts a model package from the registry, never a raw training artefact."""

from aws_cdk import Stack
from aws_cdk import aws_sagemaker as sagemaker
from constructs import Construct


class ChurnEndpointStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, *, package_arn: str, role_arn: str, capture_uri: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        model = sagemaker.CfnModel(
            self,
            "ChurnModel",
            execution_role_arn=role_arn,
            primary_container=sagemaker.CfnModel.ContainerDefinitionProperty(model_package_name=package_arn),
        )
        config = sagemaker.CfnEndpointConfig(
            self,
            "ChurnConfig",
            production_variants=[sagemaker.CfnEndpointConfig.ProductionVariantProperty(model_name=model.attr_model_name, variant_name="AllTraffic", initial_instance_count=1, instance_type="ml.m5.large")],
            data_capture_config=sagemaker.CfnEndpointConfig.DataCaptureConfigProperty(
                enable_capture=True,
                initial_sampling_percentage=10,
                destination_s3_uri=capture_uri,
                capture_options=[sagemaker.CfnEndpointConfig.CaptureOptionProperty(capture_mode="Input")],
            ),
        )
        sagemaker.CfnEndpoint(self, "ChurnEndpoint", endpoint_config_name=config.attr_endpoint_config_name, endpoint_name="churn-prod")
        sagemaker.CfnMonitoringSchedule(
            self,
            "ChurnDataQuality",
            monitoring_schedule_name="churn-prod-data-quality",
            monitoring_schedule_config=sagemaker.CfnMonitoringSchedule.MonitoringScheduleConfigProperty(
                monitoring_job_definition_name="churn-data-quality",
                monitoring_type="DataQuality",
                schedule_config=sagemaker.CfnMonitoringSchedule.ScheduleConfigProperty(schedule_expression="cron(0 * ? * * *)"),
            ),
        )
