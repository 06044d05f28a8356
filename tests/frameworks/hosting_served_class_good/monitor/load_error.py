import pandas as pd
from prometheus_client import Gauge

ROLLING_MAPE = Gauge("demand_forecast_mape_7d", "Mean absolute percentage error of served forecasts over the last 7 days")


def update(predictions: pd.DataFrame, actuals: pd.DataFrame) -> None:
    joined = predictions.merge(actuals, on="hour")
    recent = joined[joined["hour"] >= joined["hour"].max() - pd.Timedelta(days=7)]
    ROLLING_MAPE.set(float(((recent["forecast_mw"] - recent["load_mw"]).abs() / recent["load_mw"]).mean()))
