import json

import boto3
from sagemaker.tensorflow import TensorFlow

from evaluation.gate import meets_release_bar
from release.endpoint import deploy_model

ROLE = "arn:aws:iam::999988887777:role/retina-ml"


def _metrics(estimator) -> dict:
    out = estimator.model_data.replace("model.tar.gz", "output.tar.gz")
    bucket, key = out.replace("s3://", "").split("/", 1)
    return json.loads(boto3.client("s3").get_object(Bucket=bucket, Key=key.replace("output.tar.gz", "metrics.json"))["Body"].read())


def main() -> None:
    est = TensorFlow(entry_point="train.py", source_dir="retina", role=ROLE, framework_version="2.13", py_version="py310",
                     instance_type="ml.p3.2xlarge", instance_count=1, hyperparameters={"epochs": 15})
    est.fit({"train": "s3://retina-ml/data/train", "validation": "s3://retina-ml/data/val"})
    metrics = _metrics(est)
    if not meets_release_bar(metrics):
        raise SystemExit(f"release bar not met: {metrics}")
    deploy_model(est.model_data, ROLE, "retina-dr-grading-staging")


if __name__ == "__main__":
    main()
