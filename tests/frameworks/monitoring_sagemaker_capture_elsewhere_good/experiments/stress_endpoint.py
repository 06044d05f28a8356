"""Throw-away endpoint for a load test of a new instance type; deleted at the end."""

from sagemaker.model import Model

MIN_AUC = 0.8


def load_test(model_data: str, image_uri: str, role: str, auc: float, send_requests) -> None:
    if auc < MIN_AUC:
        return
    predictor = Model(image_uri=image_uri, model_data=model_data, role=role).deploy(initial_instance_count=1, instance_type="ml.c6i.xlarge", endpoint_name="churn-loadtest")
    try:
        send_requests(predictor)
    finally:
        predictor.delete_endpoint()
