"""Stand up a shadow endpoint for load tests; nobody enabled capture here."""

import json

from sagemaker.model import Model

MIN_AUC = 0.80


def shadow(model_data: str, image_uri: str, role: str, metrics_path: str) -> None:
    metrics = json.load(open(metrics_path))
    if metrics["auc"] >= MIN_AUC:
        model = Model(image_uri=image_uri, model_data=model_data, role=role)
        model.deploy(initial_instance_count=1, instance_type="ml.c5.xlarge", endpoint_name="churn-shadow")
