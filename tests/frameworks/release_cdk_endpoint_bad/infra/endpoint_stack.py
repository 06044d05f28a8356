"""Endpoint for the demand forecaster, built from the artefact of the latest training job."""

from aws_cdk import Stack
from aws_cdk import aws_sagemaker as sagemaker
from constructs import Construct

CAPTURE_URI = "s3://acme-forecast/capture"


class DemandEndpointStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, *, model_data_url: str, image_uri: str, role_arn: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        model = sagemaker.CfnModel(
            self,
            "DemandModel",
            execution_role_arn=role_arn,
            primary_container=sagemaker.CfnModel.ContainerDefinitionProperty(image=image_uri, model_data_url=model_data_url),
        )
        config = sagemaker.CfnEndpointConfig(
            self,
            "DemandEndpointConfig",
            production_variants=[
                sagemaker.CfnEndpointConfig.ProductionVariantProperty(
                    model_name=model.attr_model_name,
                    variant_name="AllTraffic",
                    initial_instance_count=1,
                    instance_type="ml.m5.large",
                )
            ],
            data_capture_config=sagemaker.CfnEndpointConfig.DataCaptureConfigProperty(
                enable_capture=True,
                initial_sampling_percentage=20,
                destination_s3_uri=CAPTURE_URI,
                capture_options=[
                    sagemaker.CfnEndpointConfig.CaptureOptionProperty(capture_mode="Input"),
                    sagemaker.CfnEndpointConfig.CaptureOptionProperty(capture_mode="Output"),
                ],
            ),
        )
        endpoint = sagemaker.CfnEndpoint(self, "DemandEndpoint", endpoint_config_name=config.attr_endpoint_config_name, endpoint_name="demand-prod")
        sagemaker.CfnMonitoringSchedule(
            self,
            "DemandDataQuality",
            monitoring_schedule_name="demand-prod-data-quality",
            monitoring_schedule_config=sagemaker.CfnMonitoringSchedule.MonitoringScheduleConfigProperty(
                monitoring_job_definition_name="demand-data-quality",
                monitoring_type="DataQuality",
                schedule_config=sagemaker.CfnMonitoringSchedule.ScheduleConfigProperty(schedule_expression="cron(0 * ? * * *)"),
            ),
        ).add_dependency(endpoint)
