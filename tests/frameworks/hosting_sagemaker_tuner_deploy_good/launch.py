"""Tunes the learning rate, then puts the best job behind an endpoint."""
import sagemaker
from sagemaker.pytorch import PyTorch
from sagemaker.tuner import ContinuousParameter, HyperparameterTuner

session = sagemaker.Session()
role = sagemaker.get_execution_role()

estimator = PyTorch(
    entry_point="train.py",
    source_dir="src",
    role=role,
    framework_version="2.1",
    py_version="py310",
    instance_count=1,
    instance_type="ml.g5.xlarge",
)
tuner = HyperparameterTuner(
    estimator,
    "validation:accuracy",
    {"lr": ContinuousParameter(1e-4, 1e-1)},
    metric_definitions=[{"Name": "validation:accuracy", "Regex": "acc=([0-9.]+)"}],
    max_jobs=8,
    max_parallel_jobs=2,
)
tuner.fit({"train": f"s3://{session.default_bucket()}/churn/train"})
predictor = tuner.deploy(initial_instance_count=1, instance_type="ml.m5.large", entry_point="serve.py", source_dir="src")

# a built-in algorithm runs no project script: deploying it serves nothing of ours
from sagemaker.estimator import Estimator

baseline = Estimator(image_uri=sagemaker.image_uris.retrieve("xgboost", session.boto_region_name, "1.7-1"), role=role, instance_count=1, instance_type="ml.m5.large")
baseline.fit({"train": f"s3://{session.default_bucket()}/churn/train-csv"})
baseline.deploy(initial_instance_count=1, instance_type="ml.m5.large")
