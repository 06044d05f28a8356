"""Container start-up: fetch the approved model artefact, then hand over to the API."""
import os
import subprocess

import boto3


def fetch_model(bucket: str, key: str) -> None:
    boto3.client("s3").download_file(bucket, key, "model.joblib")


if __name__ == "__main__":
    fetch_model(os.environ["MODEL_BUCKET"], os.environ["MODEL_KEY"])
    subprocess.run(["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8000"], check=True)
