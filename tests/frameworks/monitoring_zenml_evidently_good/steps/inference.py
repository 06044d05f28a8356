"""Steps of the batch-scoring pipeline."""

import json

import joblib
import pandas as pd
from zenml import step


@step
def load_training_reference() -> pd.DataFrame:
    return pd.read_parquet("s3://churn/features/train.parquet")


@step
def load_inference_batch() -> pd.DataFrame:
    return pd.read_parquet("s3://churn/features/today.parquet")


@step
def drift_gate(report: str) -> None:
    if json.loads(report)["metrics"][0]["result"]["dataset_drift"]:
        raise RuntimeError("input drift detected; not scoring today's batch")


@step
def score_batch(batch: pd.DataFrame) -> pd.DataFrame:
    model = joblib.load("/models/churn.joblib")
    return batch.assign(score=model.predict_proba(batch)[:, 1])
