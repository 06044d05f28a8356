import datetime as dt

import boto3
import numpy as np
import pandas as pd


def hourly_latency(requests: pd.DataFrame) -> None:
    """Average request latency over the last hour, for the on-call dashboard."""
    since = dt.datetime.utcnow() - dt.timedelta(hours=1)
    recent = requests[requests.received_at >= since]
    spread = np.abs(recent.finished_at - recent.received_at).dt.total_seconds().mean()
    boto3.client("cloudwatch").put_metric_data(
        Namespace="Delivery/ETA",
        MetricData=[{"MetricName": "LatencySeconds", "Value": float(spread), "Unit": "Seconds"}],
    )
