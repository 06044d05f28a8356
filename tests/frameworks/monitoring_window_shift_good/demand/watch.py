"""Weekly check: has the order series moved away from the weeks before it?"""
import mlflow
import pandas as pd

from demand import settings


def orders_moved(weekly_orders: pd.Series, weeks: int = settings.WINDOW_WEEKS) -> bool:
    latest = weekly_orders.iloc[-weeks:]
    previous = weekly_orders.iloc[-2 * weeks : -weeks]
    baseline_mean, latest_mean = previous.mean(), latest.mean()
    baseline_spread, latest_spread = previous.std(), latest.std()
    mean_move = abs(latest_mean - baseline_mean) / max(abs(baseline_mean), 1e-9)
    spread_move = abs(latest_spread - baseline_spread) / max(abs(baseline_spread), 1e-9)
    moved = False
    if mean_move > settings.MEAN_SHIFT_LIMIT or spread_move > settings.SPREAD_SHIFT_LIMIT:
        moved = True
    mlflow.log_metric("orders_mean_move", mean_move)
    mlflow.log_metric("orders_spread_move", spread_move)
    mlflow.set_tag("orders_moved", moved)
    return moved
