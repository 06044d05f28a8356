"""Publish the captioner's weights to the Hugging Face Hub when the promotion step says so."""

from typing import Dict

from huggingface_hub import HfApi
from zenml import step


@step
def publish_weights(weights_dir: str, promotion: Dict, repo_id: str) -> str:
    if not promotion["promoted"]:
        print("not promoted: nothing published")
        return ""
    HfApi().upload_folder(folder_path=weights_dir, repo_id=repo_id, commit_message="new captioner weights")
    return f"https://huggingface.co/{repo_id}"
