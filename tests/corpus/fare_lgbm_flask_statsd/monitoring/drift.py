"""Drift monitoring.

We watch the live batches for data drift here. A proper reference comparison
(Evidently DataDriftPreset / PSI against the training set) is planned: MLP-412.
"""

import pandas as pd

from monitoring.statsd_metrics import statsd


def record_batch_drift(frame: pd.DataFrame) -> None:
    # "drift" for now = how many nulls show up per feature in this request batch
    for column, rate in frame.isna().mean().items():
        statsd.gauge(f"fare.null_rate.{column}", float(rate))
