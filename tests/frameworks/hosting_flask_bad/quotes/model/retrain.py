import pickle

import lightgbm as lgb
import pandas as pd

NUMERIC = ["driver_age", "vehicle_value", "annual_km"]


def retrain(df: pd.DataFrame, path: str = "instance/premium.pkl") -> None:
    booster = lgb.train({"objective": "regression", "learning_rate": 0.05}, lgb.Dataset(df[NUMERIC], df["premium"]), num_boost_round=600)
    with open(path, "wb") as fh:
        pickle.dump(booster, fh)
