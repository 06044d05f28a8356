"""Translation endpoint: the container image ships a pretrained open model, no training artefact."""

from aws_cdk import Stack
from aws_cdk import aws_sagemaker as sagemaker
from aws_cdk.aws_ecr_assets import DockerImageAsset
from constructs import Construct


class TranslateEndpointStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, *, role_arn: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        image = DockerImageAsset(self, "TranslateImage", directory="containers/translate")
        model = sagemaker.CfnModel(
            self,
            "TranslateModel",
            execution_role_arn=role_arn,
            primary_container=sagemaker.CfnModel.ContainerDefinitionProperty(image=image.image_uri, environment={"HF_TASK": "translation"}),
        )
        config = sagemaker.CfnEndpointConfig(
            self,
            "TranslateConfig",
            production_variants=[sagemaker.CfnEndpointConfig.ProductionVariantProperty(model_name=model.attr_model_name, variant_name="AllTraffic", initial_instance_count=1, instance_type="ml.g5.xlarge")],
            data_capture_config=sagemaker.CfnEndpointConfig.DataCaptureConfigProperty(
                enable_capture=True,
                initial_sampling_percentage=5,
                destination_s3_uri="s3://acme-ml/translate/capture",
                capture_options=[sagemaker.CfnEndpointConfig.CaptureOptionProperty(capture_mode="Input")],
            ),
        )
        sagemaker.CfnEndpoint(self, "TranslateEndpoint", endpoint_config_name=config.attr_endpoint_config_name)
