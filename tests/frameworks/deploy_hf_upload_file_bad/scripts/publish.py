"""CI step: push the freshly trained classifier to the team's Hub repository."""
import os

import huggingface_hub
from huggingface_hub import HfApi

REPO = "acme-ml/turbine-fault-classifier"
WEIGHTS = "artifacts/fault_classifier.joblib"

api = HfApi(token=os.environ["HF_TOKEN"])
api.upload_file(path_or_fileobj=WEIGHTS, path_in_repo="model.joblib", repo_id=REPO)


def push_onnx(local: str) -> None:
    huggingface_hub.upload_file(path_or_fileobj=local, path_in_repo="export/model.onnx", repo_id=REPO, repo_type="model")
