"""Deploy the approved churn model behind a real-time endpoint with data capture on."""

import json

import sagemaker
from sagemaker.model import Model
from sagemaker.model_monitor.data_capture_config import DataCaptureConfig

MIN_AUC = 0.80
ENDPOINT = "churn-prod"


def release(model_data: str, image_uri: str, role: str, metrics_path: str) -> str:
    with open(metrics_path) as fh:
        metrics = json.load(fh)
    if metrics["auc"] < MIN_AUC:
        raise SystemExit(f"auc {metrics['auc']:.3f} below {MIN_AUC}; not deploying")
    session = sagemaker.Session()
    model = Model(image_uri=image_uri, model_data=model_data, role=role, sagemaker_session=session)
    capture = DataCaptureConfig(
        enable_capture=True,
        sampling_percentage=20,
        destination_s3_uri=f"s3://{session.default_bucket()}/churn/capture",
        capture_options=["REQUEST", "RESPONSE"],
    )
    predictor = model.deploy(
        initial_instance_count=2,
        instance_type="ml.m5.large",
        endpoint_name=ENDPOINT,
        data_capture_config=capture,
    )
    return predictor.endpoint_name
