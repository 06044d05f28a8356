"""Publish the model folder to the team's Hugging Face Hub repository."""
import os

from huggingface_hub import HfApi


def main() -> None:
    api = HfApi(token=os.environ["HF_TOKEN"])
    api.upload_folder(
        folder_path="model",
        repo_id="acme-support/ticket-sentiment",
        commit_message=f"pipeline {os.environ.get('CI_PIPELINE_ID', 'local')}",
    )


if __name__ == "__main__":
    main()
