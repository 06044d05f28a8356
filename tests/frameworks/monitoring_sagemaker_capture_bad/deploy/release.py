"""Deploy the churn model with data capture: traffic is recorded, but is anyone looking?"""

import json

from sagemaker.model import Model
from sagemaker.model_monitor import DataCaptureConfig

MIN_AUC = 0.80


def release(model_data: str, image_uri: str, role: str, metrics_path: str, capture_uri: str) -> str:
    metrics = json.load(open(metrics_path))
    if metrics["auc"] < MIN_AUC:
        raise SystemExit("candidate below the AUC bar")
    model = Model(image_uri=image_uri, model_data=model_data, role=role)
    capture = DataCaptureConfig(enable_capture=True, sampling_percentage=100, destination_s3_uri=capture_uri)
    predictor = model.deploy(initial_instance_count=1, instance_type="ml.m5.large", endpoint_name="churn-prod", data_capture_config=capture)
    return predictor.endpoint_name
