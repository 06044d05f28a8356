import datetime as dt

import boto3
import numpy as np
import pandas as pd


def rmse(delivered: pd.Series, promised: pd.Series) -> float:
    return float(np.sqrt(np.mean(np.square(delivered - promised))))


def nightly(predictions: pd.DataFrame, deliveries: pd.DataFrame) -> None:
    """Join yesterday's served ETAs with the observed delivery times and alarm on the error."""
    since = dt.datetime.utcnow() - dt.timedelta(days=1)
    joined = predictions[predictions.served_at >= since].merge(deliveries, on="order_id")
    boto3.client("cloudwatch").put_metric_data(
        Namespace="Delivery/ETA",
        MetricData=[{"MetricName": "EtaRMSE", "Value": rmse(joined.observed_minutes, joined.eta_minutes), "Unit": "None"}],
    )
