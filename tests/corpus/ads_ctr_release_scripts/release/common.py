import sagemaker
from sagemaker.model import Model
from sagemaker.model_monitor import DataCaptureConfig

IMAGE = "763104351884.dkr.ecr.us-east-1.amazonaws.com/ctr-lgbm-serving:3.1"
ROLE = "arn:aws:iam::111122223333:role/ads-ml"
ENDPOINT = "ads-ctr"


def push_to_endpoint(model_data: str) -> None:
    model = Model(image_uri=IMAGE, model_data=model_data, role=ROLE, sagemaker_session=sagemaker.Session())
    model.deploy(
        initial_instance_count=4,
        instance_type="ml.c6i.2xlarge",
        endpoint_name=ENDPOINT,
        data_capture_config=DataCaptureConfig(enable_capture=True, sampling_percentage=5,
                                              destination_s3_uri="s3://ads-ml/capture"),
    )
