from sagemaker.model_monitor import DataCaptureConfig
from sagemaker.tensorflow import TensorFlowModel

CAPTURE_URI = "s3://retina-ml-prod/capture"


def deploy_model(model_data: str, role: str, endpoint_name: str):
    model = TensorFlowModel(model_data=model_data, role=role, framework_version="2.13")
    return model.deploy(
        initial_instance_count=1,
        instance_type="ml.g4dn.xlarge",
        endpoint_name=endpoint_name,
        data_capture_config=DataCaptureConfig(enable_capture=True, sampling_percentage=50, destination_s3_uri=CAPTURE_URI),
    )
