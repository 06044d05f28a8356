"""One launcher for the fraud model: split, train on SageMaker, deploy with capture, then watch
the endpoint's traffic against the training data every hour."""
import pandas as pd
from sagemaker.model_monitor import DataCaptureConfig, DefaultModelMonitor
from sagemaker.model_monitor.dataset_format import DatasetFormat
from sagemaker.sklearn.estimator import SKLearn
from sklearn.model_selection import train_test_split

BUCKET = "s3://acme-fraud"

transactions = pd.read_parquet("data/transactions.parquet")
train_frame, validation_frame = train_test_split(transactions, test_size=0.2, stratify=transactions.is_fraud)
train_frame.to_csv(f"{BUCKET}/train/train.csv", index=False)
validation_frame.to_csv(f"{BUCKET}/validation/validation.csv", index=False)

estimator = SKLearn(entry_point="fit.py", source_dir="code", role="SageMakerRole", instance_type="ml.m5.xlarge", framework_version="1.2-1")
estimator.fit({"train": f"{BUCKET}/train", "validation": f"{BUCKET}/validation"})

capture = DataCaptureConfig(enable_capture=True, sampling_percentage=50, destination_s3_uri=f"{BUCKET}/capture")
predictor = estimator.deploy(initial_instance_count=2, instance_type="ml.m5.large", data_capture_config=capture)  # mllens: ignore[ML002] because the release board approves each launch

monitor = DefaultModelMonitor(role="SageMakerRole", instance_count=1, instance_type="ml.m5.large")
monitor.suggest_baseline(baseline_dataset=f"{BUCKET}/train/train.csv", dataset_format=DatasetFormat.csv(header=True), output_s3_uri=f"{BUCKET}/baseline")
monitor.create_monitoring_schedule(
    endpoint_input=predictor.endpoint_name,
    output_s3_uri=f"{BUCKET}/monitoring",
    statistics=monitor.baseline_statistics(),
    constraints=monitor.suggested_constraints(),
    schedule_cron_expression="cron(0 * ? * * *)",
)
