"""Nightly job: join last week's forecasts with the sales that actually happened and publish
the error to CloudWatch, where the ForecastMAPE alarm pages the on-call data scientist."""

from datetime import datetime, timedelta, timezone

import boto3
import pandas as pd
from sklearn.metrics import mean_absolute_percentage_error

cloudwatch = boto3.client("cloudwatch")


def publish_forecast_error(predictions_path: str, actuals_path: str, window_days: int = 7) -> float:
    since = datetime.now(timezone.utc) - timedelta(days=window_days)
    predictions = pd.read_parquet(predictions_path)
    actuals = pd.read_parquet(actuals_path)
    recent = predictions[predictions["predicted_at"] >= since]
    joined = recent.merge(actuals, on=["store_id", "day"], how="inner")
    mape = mean_absolute_percentage_error(joined["units_sold"], joined["units_predicted"])
    cloudwatch.put_metric_data(
        Namespace="DemandForecast/ModelQuality",
        MetricData=[{"MetricName": "ForecastMAPE", "Value": float(mape), "Unit": "None"}],
    )
    return float(mape)


if __name__ == "__main__":
    publish_forecast_error("s3://forecast-logs/predictions/", "s3://sales/actuals/")
