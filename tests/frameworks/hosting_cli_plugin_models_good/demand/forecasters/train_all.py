"""Weekly refit of both forecaster families on the sales history (a stage script beside the plugins: no config names it as a forecaster)."""
import sys

import joblib
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.linear_model import Ridge

MIN_HOLDOUT_R2 = 0.5

if __name__ == "__main__":
    history = pd.read_parquet(sys.argv[1])
    train, holdout = history.iloc[:-28], history.iloc[-28:]
    for family, model in {"gbm": LGBMRegressor(n_estimators=400), "ridge": Ridge(alpha=1.0)}.items():
        model.fit(train.drop(columns=["units"]), train["units"])
        score = model.score(holdout.drop(columns=["units"]), holdout["units"])
        if score < MIN_HOLDOUT_R2:
            raise SystemExit(f"{family}: holdout R2 {score:.2f} below {MIN_HOLDOUT_R2}")
        joblib.dump(model, f"{sys.argv[2]}/{family}.joblib")
