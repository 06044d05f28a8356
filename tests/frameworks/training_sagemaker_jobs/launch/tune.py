"""Automatic model tuning around the XGBoost estimator, plus a built-in KMeans job."""
from sagemaker import KMeans
from sagemaker.tuner import ContinuousParameter, HyperparameterTuner, IntegerParameter

from launch.estimators import role, train_xgboost_container


def tune(train_s3: str, val_s3: str) -> HyperparameterTuner:
    tuner = HyperparameterTuner(
        estimator=train_xgboost_container(train_s3, val_s3),
        objective_metric_name="validation:auc",
        hyperparameter_ranges={"eta": ContinuousParameter(0.01, 0.3), "max_depth": IntegerParameter(3, 10)},
        max_jobs=20,
        max_parallel_jobs=4,
    )
    tuner.fit({"train": train_s3, "validation": val_s3})
    return tuner


def segments(records) -> None:
    kmeans = KMeans(role=role, instance_count=1, instance_type="ml.c5.xlarge", k=10)
    kmeans.fit(records)
