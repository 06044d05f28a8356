"""Weekly release: train, compare to the current baseline, register the package if not worse."""
import json

import boto3

from deploy.register import register_package
from train.launch import launch

TOLERANCE = 1.02


def _read_json(uri: str) -> dict:
    bucket, key = uri.replace("s3://", "").split("/", 1)
    return json.loads(boto3.client("s3").get_object(Bucket=bucket, Key=key)["Body"].read())


def main(train_s3: str, val_s3: str, baseline_metrics_s3: str) -> None:
    model_data = launch(train_s3, val_s3)
    metrics_s3 = model_data.replace("model.tar.gz", "output/metrics.json")
    metrics = _read_json(metrics_s3)
    baseline = _read_json(baseline_metrics_s3)
    if metrics["rmse"] <= baseline["rmse"] * TOLERANCE:
        arn = register_package(model_data, metrics_s3)
        print(f"registered {arn}")
    else:
        print(f"rmse {metrics['rmse']:.2f} worse than baseline {baseline['rmse']:.2f}; skipped")
