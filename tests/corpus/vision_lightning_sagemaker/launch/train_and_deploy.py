"""Launch training on SageMaker and, if validation accuracy is good enough, deploy."""
import sys

import sagemaker
from sagemaker.analytics import TrainingJobAnalytics
from sagemaker.pytorch import PyTorch

MIN_VAL_ACC = 0.95
ROLE = "arn:aws:iam::123456789012:role/defect-sagemaker"
BUCKET = "s3://factory-vision-ml"

session = sagemaker.Session()
estimator = PyTorch(
    entry_point="train.py",
    source_dir="src",
    role=ROLE,
    framework_version="2.1",
    py_version="py310",
    instance_type="ml.g5.2xlarge",
    instance_count=1,
    hyperparameters={"epochs": 25, "lr": 3e-4},
    metric_definitions=[{"Name": "val_acc", "Regex": r'"val_acc": ([0-9.]+)'}],
)
estimator.fit({"train": f"{BUCKET}/data/train", "validation": f"{BUCKET}/data/val"})

metrics = TrainingJobAnalytics(estimator.latest_training_job.name, metric_names=["val_acc"]).dataframe()
val_acc = float(metrics["value"].iloc[-1])
if val_acc < MIN_VAL_ACC:
    sys.exit(f"val_acc {val_acc:.3f} < {MIN_VAL_ACC}; not deploying")

predictor = estimator.deploy(
    initial_instance_count=1,
    instance_type="ml.g4dn.xlarge",
    endpoint_name="defect-classifier",
    entry_point="inference.py",
)
print(predictor.endpoint_name)
