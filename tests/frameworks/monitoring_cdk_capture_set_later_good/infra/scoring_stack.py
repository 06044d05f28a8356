"""CDK stack for the claims scorer: model, endpoint configuration, endpoint and its data-quality schedule."""

from aws_cdk import Stack
from aws_cdk import aws_sagemaker as sagemaker
from constructs import Construct


class ScoringStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, *, package_arn: str, role_arn: str, capture_uri: str, monitor: bool, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        model = sagemaker.CfnModel(
            self, "ClaimsModel", execution_role_arn=role_arn,
            containers=[sagemaker.CfnModel.ContainerDefinitionProperty(model_package_name=package_arn)],
        )
        variant = sagemaker.CfnEndpointConfig.ProductionVariantProperty(
            model_name=model.attr_model_name, variant_name="live", initial_instance_count=1, instance_type="ml.m5.large", initial_variant_weight=1.0,
        )
        config = sagemaker.CfnEndpointConfig(self, "ClaimsConfig", production_variants=[variant])
        if monitor:
            config.data_capture_config = sagemaker.CfnEndpointConfig.DataCaptureConfigProperty(
                enable_capture=True,
                destination_s3_uri=capture_uri,
                initial_sampling_percentage=30,
                capture_options=[sagemaker.CfnEndpointConfig.CaptureOptionProperty(capture_mode=mode) for mode in ("Input", "Output")],
            )
        endpoint = sagemaker.CfnEndpoint(self, "ClaimsEndpoint", endpoint_config_name=config.attr_endpoint_config_name, endpoint_name="claims-live")
        if monitor:
            sagemaker.CfnMonitoringSchedule(
                self, "ClaimsDataQuality",
                monitoring_schedule_name="claims-live-data-quality",
                monitoring_schedule_config=sagemaker.CfnMonitoringSchedule.MonitoringScheduleConfigProperty(
                    monitoring_job_definition_name="claims-data-quality",
                    monitoring_type="DataQuality",
                    schedule_config=sagemaker.CfnMonitoringSchedule.ScheduleConfigProperty(schedule_expression="cron(0 * ? * * *)"),
                ),
            ).add_dependency(endpoint)
