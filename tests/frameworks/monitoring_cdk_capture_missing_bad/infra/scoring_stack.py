"""Endpoint for the churn model as CDK resources, with an hourly data-quality schedule."""

import aws_cdk as cdk
from aws_cdk import aws_sagemaker as sm

HOURLY = "cron(0 * ? * * *)"


def add_endpoint(stack: cdk.Stack, model_name: str, job_definition: str) -> sm.CfnEndpoint:
    variants = [sm.CfnEndpointConfig.ProductionVariantProperty(model_name=model_name, variant_name="main", initial_instance_count=2, instance_type="ml.c5.large")]
    endpoint_config = sm.CfnEndpointConfig(stack, "ChurnEndpointConfig", production_variants=variants, kms_key_id=None)
    endpoint = sm.CfnEndpoint(stack, "ChurnEndpoint", endpoint_config_name=endpoint_config.attr_endpoint_config_name)
    schedule = sm.CfnMonitoringSchedule.MonitoringScheduleConfigProperty(
        monitoring_job_definition_name=job_definition,
        monitoring_type="DataQuality",
        schedule_config=sm.CfnMonitoringSchedule.ScheduleConfigProperty(schedule_expression=HOURLY),
    )
    sm.CfnMonitoringSchedule(stack, "ChurnDataQuality", monitoring_schedule_name="churn-data-quality", monitoring_schedule_config=schedule)
    return endpoint
