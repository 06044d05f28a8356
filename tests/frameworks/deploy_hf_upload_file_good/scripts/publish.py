"""Publish the classifier only when its macro F1 clears the bar; cards and data files are no models."""
import json
import os

from huggingface_hub import HfApi

REPO = "acme-ml/turbine-fault-classifier"
MIN_F1 = 0.82

api = HfApi(token=os.environ["HF_TOKEN"])


def publish(weights: str, metrics_path: str) -> bool:
    with open(metrics_path) as handle:
        f1 = json.load(handle)["macro_f1"]
    if f1 < MIN_F1:
        print(f"macro F1 {f1:.3f} below {MIN_F1}; not publishing")
        return False
    api.upload_file(path_or_fileobj=weights, path_in_repo="model.joblib", repo_id=REPO)
    return True


def refresh_card() -> None:
    api.upload_file(path_or_fileobj="MODEL_CARD.md", path_in_repo="README.md", repo_id=REPO)
    api.upload_file(path_or_fileobj="config/labels.json", path_in_repo="labels.json", repo_id=REPO)


def share_sample(rows: str) -> None:
    api.upload_file(path_or_fileobj=rows, path_in_repo="holdout.pkl", repo_id="acme-ml/turbine-holdout", repo_type="dataset")
