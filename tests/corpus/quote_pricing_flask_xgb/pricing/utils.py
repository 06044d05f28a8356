"""Shared helpers: payload validation, DMatrix conversion, offline metrics."""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import mean_absolute_error, mean_gamma_deviance

REQUIRED = ("driver_age", "vehicle_value", "annual_mileage", "region", "claims_5y")


def validate_payload(payload: dict) -> list[str]:
    return [f"missing field: {k}" for k in REQUIRED if k not in payload]


def to_dmatrix(rows: list[dict]) -> xgb.DMatrix:
    frame = pd.DataFrame(rows)
    frame["region"] = frame["region"].astype("category")
    return xgb.DMatrix(frame[list(REQUIRED)], enable_categorical=True)


def pricing_metrics(y_true: np.ndarray, y_pred: np.ndarray) -> dict[str, float]:
    return {"mae": mean_absolute_error(y_true, y_pred), "gamma_deviance": mean_gamma_deviance(y_true, y_pred)}
