"""CDK stack for the fraud endpoint: model, endpoint config with data capture, endpoint."""

from aws_cdk import Stack
from aws_cdk import aws_sagemaker as sagemaker
from constructs import Construct


class FraudEndpointStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, *, model_data: str, image_uri: str, role_arn: str, capture_uri: str, **kwargs) -> None:
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
                sagemaker.CfnEndpointConfig.ProductionVariantProperty(
                    model_name=model.attr_model_name,
                    variant_name="AllTraffic",
                    initial_instance_count=2,
                    instance_type="ml.m5.large",
                    initial_variant_weight=1.0,
                )
            ],
            data_capture_config=sagemaker.CfnEndpointConfig.DataCaptureConfigProperty(
                enable_capture=True,
                initial_sampling_percentage=25,
                destination_s3_uri=capture_uri,
                capture_options=[
                    sagemaker.CfnEndpointConfig.CaptureOptionProperty(capture_mode="Input"),
                    sagemaker.CfnEndpointConfig.CaptureOptionProperty(capture_mode="Output"),
                ],
            ),
        )
        self.endpoint = sagemaker.CfnEndpoint(self, "FraudEndpoint", endpoint_config_name=config.attr_endpoint_config_name, endpoint_name="fraud-prod")
