import boto3
import pandas as pd


def mape(actual: pd.Series, estimated: pd.Series) -> float:
    return float(((actual - estimated).abs() / actual).mean())


def monthly(estimates: pd.DataFrame, closed_sales: pd.DataFrame) -> None:
    """Compare last month's served estimates with the observed sale prices."""
    joined = estimates.merge(closed_sales, on="listing_id")
    boto3.client("cloudwatch").put_metric_data(
        Namespace="Pricing",
        MetricData=[{"MetricName": "EstimateMAPE", "Value": mape(joined.sale_price, joined.estimate)}],
    )
