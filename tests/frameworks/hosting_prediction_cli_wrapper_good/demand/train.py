"""Fit one LightGBM model per region."""
import lightgbm as lgb
import pandas as pd

from demand.forecasting import FEATURES


def fit_region(frame: pd.DataFrame) -> lgb.LGBMRegressor:
    model = lgb.LGBMRegressor(n_estimators=400, learning_rate=0.05)
    model.fit(frame[FEATURES], frame["units"])
    return model
