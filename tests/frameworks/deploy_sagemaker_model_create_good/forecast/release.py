"""Create the SageMaker model only when the candidate's validation RMSE beats the threshold."""
import json

from sagemaker.model import Model

ROLE = "arn:aws:iam::111122223333:role/ForecastRole"
MAX_RMSE = 12.5


def publish(job: dict, image: str, report_path: str) -> str | None:
    with open(report_path) as handle:
        rmse = json.load(handle)["validation"]["rmse"]
    if rmse > MAX_RMSE:
        print(f"validation RMSE {rmse:.2f} above {MAX_RMSE}; model not created")
        return None
    artefact = job["ModelArtifacts"]["S3ModelArtifacts"]
    demand_model = Model(image_uri=image, model_data=artefact, role=ROLE)
    demand_model.create(instance_type="ml.m5.large")
    return demand_model.name
