"""Fit one LightGBM model per region and write the predictions for the next weeks."""
import joblib
import lightgbm as lgb
import pandas as pd

FEATURES = ["week_of_year", "promo", "lag_1", "lag_52"]


def fit_region(frame: pd.DataFrame) -> lgb.LGBMRegressor:
    model = lgb.LGBMRegressor(n_estimators=400, learning_rate=0.05)
    model.fit(frame[FEATURES], frame["units"])
    return model


def make_predictions(model_path: str, rows_path: str, out_path: str) -> None:
    model = joblib.load(model_path)
    rows = pd.read_parquet(rows_path)
    rows.assign(units=model.predict(rows[FEATURES])).to_parquet(out_path)
