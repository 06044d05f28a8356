"""Weekly summary of the order series for the planning report."""
import mlflow
import pandas as pd

from demand import settings


def orders_summary(weekly_orders: pd.Series, weeks: int = settings.WINDOW_WEEKS) -> dict:
    latest = weekly_orders.iloc[-weeks:]
    previous = weekly_orders.iloc[-2 * weeks : -weeks]
    summary = {"latest_mean": latest.mean(), "previous_mean": previous.mean(), "latest_std": latest.std(), "previous_std": previous.std()}
    mlflow.log_metrics(summary)
    return summary
