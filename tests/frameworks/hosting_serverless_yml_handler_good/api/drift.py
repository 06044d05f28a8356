"""Scheduled Lambda: population stability of the last day's requests against the training sample."""
import numpy as np
import pandas as pd


def psi(reference: np.ndarray, current: np.ndarray) -> float:
    edges = np.quantile(reference, np.linspace(0, 1, 11))
    ref = np.histogram(reference, edges)[0] / len(reference) + 1e-6
    cur = np.histogram(current, edges)[0] / len(current) + 1e-6
    return float(np.sum((cur - ref) * np.log(cur / ref)))


def check(event, context):
    reference = pd.read_parquet("s3://fraud-ml/reference/train_sample.parquet")
    current = pd.read_parquet("s3://fraud-ml/requests/last_24h.parquet")
    drifted = [c for c in ("amount", "merchant_age") if psi(reference[c].to_numpy(), current[c].to_numpy()) > 0.2]
    return {"drifted": drifted}
