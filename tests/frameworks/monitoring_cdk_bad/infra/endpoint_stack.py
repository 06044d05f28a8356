"""CDK stack for the fraud endpoint, with CloudWatch alarms on latency and 5xx errors."""

from aws_cdk import Duration, Stack
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_sagemaker as sagemaker
from constructs import Construct


class FraudEndpointStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, *, model_data: str, image_uri: str, role_arn: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        model = sagemaker.CfnModel(
            self,
            "FraudModel",
            execution_role_arn=role_arn,
            primary_container=sagemaker.CfnModel.ContainerDefinitionProperty(image=image_uri, model_data_url=model_data),
        )
        config = sagemaker.CfnEndpointConfig(
            self,
            "FraudEndpointConfig",
            production_variants=[
                sagemaker.CfnEndpointConfig.ProductionVariantProperty(model_name=model.attr_model_name, variant_name="AllTraffic", initial_instance_count=2, instance_type="ml.m5.large")
            ],
        )
        sagemaker.CfnEndpoint(self, "FraudEndpoint", endpoint_config_name=config.attr_endpoint_config_name, endpoint_name="fraud-prod")
        self._operational_alarms("fraud-prod")

    def _operational_alarms(self, endpoint_name: str) -> None:
        """Monitoring of the endpoint: p99 latency and server errors (not of the model's inputs)."""
        dimensions = {"EndpointName": endpoint_name, "VariantName": "AllTraffic"}
        latency = cloudwatch.Metric(namespace="AWS/SageMaker", metric_name="ModelLatency", dimensions_map=dimensions, statistic="p99", period=Duration.minutes(5))
        errors = cloudwatch.Metric(namespace="AWS/SageMaker", metric_name="Invocation5XXErrors", dimensions_map=dimensions, statistic="Sum", period=Duration.minutes(5))
        cloudwatch.Alarm(self, "LatencyAlarm", metric=latency, threshold=300_000, evaluation_periods=3)
        cloudwatch.Alarm(self, "ErrorAlarm", metric=errors, threshold=5, evaluation_periods=1)
