import json
import sys

import boto3
import sagemaker
from sagemaker.model_monitor import CronExpressionGenerator, DataCaptureConfig, DefaultModelMonitor
from sagemaker.model_monitor.dataset_format import DatasetFormat
from sagemaker.sklearn import SKLearnModel

ROLE = "arn:aws:iam::555566667777:role/claims-ml"
MIN_F1 = 0.62
BUCKET = "claims-ml-artifacts"


def main(model_data: str, evaluation_key: str) -> None:
    report = json.loads(boto3.client("s3").get_object(Bucket=BUCKET, Key=evaluation_key)["Body"].read())
    assert report["metrics"]["f1"]["value"] >= MIN_F1, f"f1 below {MIN_F1}, aborting deployment"

    model = SKLearnModel(
        model_data=model_data,
        role=ROLE,
        entry_point="inference.py",
        source_dir=".",
        dependencies=["common", "modeling"],
        framework_version="1.2-1",
        sagemaker_session=sagemaker.Session(),
    )
    predictor = model.deploy(
        initial_instance_count=2,
        instance_type="ml.m5.large",
        endpoint_name="claims-fraud",
        data_capture_config=DataCaptureConfig(enable_capture=True, sampling_percentage=100,
                                              destination_s3_uri=f"s3://{BUCKET}/capture"),
    )
    monitor = DefaultModelMonitor(role=ROLE, instance_count=1, instance_type="ml.m5.xlarge")
    monitor.suggest_baseline(baseline_dataset=f"s3://{BUCKET}/train/claims.csv",
                             dataset_format=DatasetFormat.csv(header=True),
                             output_s3_uri=f"s3://{BUCKET}/baseline")
    monitor.create_monitoring_schedule(endpoint_input=predictor.endpoint_name,
                                       output_s3_uri=f"s3://{BUCKET}/monitoring",
                                       schedule_cron_expression=CronExpressionGenerator.hourly())


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
