"""Fits the demand regressor."""
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from zenml import step


@step
def train_model(orders: pd.DataFrame) -> GradientBoostingRegressor:
    return GradientBoostingRegressor().fit(orders.drop(columns="units"), orders["units"])
