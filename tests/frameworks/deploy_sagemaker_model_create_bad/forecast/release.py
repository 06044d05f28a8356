"""Turn the artefact of the newest training job into a SageMaker model the endpoint config points at."""
import sagemaker
from sagemaker.model import Model
from sagemaker.pytorch import PyTorchModel

ROLE = "arn:aws:iam::111122223333:role/ForecastRole"


def publish_generic(job: dict, image: str) -> str:
    artefact = job["ModelArtifacts"]["S3ModelArtifacts"]
    demand_model = Model(image_uri=image, model_data=artefact, role=ROLE, name="demand-latest")
    demand_model.create(instance_type="ml.m5.large")
    return demand_model.name


def publish_torch(artefact: str) -> None:
    PyTorchModel(model_data=artefact, role=ROLE, entry_point="serve.py", framework_version="2.1", py_version="py310").create()
