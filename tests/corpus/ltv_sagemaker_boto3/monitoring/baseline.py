"""Baseline statistics for drift detection on the LTV endpoint.

We planned to feed these into Model Monitor; for now they are only written to S3
for the analysts.
"""
import pandas as pd


def describe_training_data(path: str, out: str) -> None:
    stats = pd.read_csv(path).describe(percentiles=[0.01, 0.5, 0.99]).T
    stats.to_csv(out)
