"""Backtest on the last eight weeks; the build fails when MAPE is worse than the bar."""
import sys

import joblib
import pandas as pd
from sklearn.metrics import mean_absolute_percentage_error

MAX_MAPE = 0.18

model = joblib.load("build/forecaster.joblib")
backtest = pd.read_parquet("data/backtest.parquet")
mape = mean_absolute_percentage_error(backtest["units_sold"], model.predict(backtest.drop(columns=["units_sold"])))
print(f"backtest MAPE {mape:.3f} (max {MAX_MAPE})")
if mape > MAX_MAPE:
    sys.exit(f"MAPE {mape:.3f} above {MAX_MAPE}: the forecaster is not released")
