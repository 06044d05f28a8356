"""S3 helpers the batch jobs and the API share: each takes the bucket and the key it works on."""

import io
from typing import Any

import boto3
import joblib


def upload_model(model: Any, bucket: str, key: str) -> None:
    buffer = io.BytesIO()
    joblib.dump(model, buffer)
    buffer.seek(0)
    boto3.client("s3").upload_fileobj(buffer, bucket, key)


def upload_report(local_path: str, bucket: str, key: str) -> None:
    boto3.client("s3").upload_file(local_path, bucket, key)


def fetch_model(bucket: str, key: str, destination: str) -> str:
    boto3.client("s3").download_file(bucket, key, destination)
    return destination
