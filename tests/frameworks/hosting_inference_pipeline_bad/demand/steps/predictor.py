"""Forecasts demand with the production model."""
import pandas as pd
from zenml import step


@step
def predict_batch(orders: pd.DataFrame, model) -> pd.DataFrame:
    return orders.assign(forecast=model.predict(orders))
