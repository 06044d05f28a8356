import lightgbm as lgb
import pandas as pd

from quotes.schema import NUMERIC


def retrain(df: pd.DataFrame) -> None:
    booster = lgb.train({"objective": "regression"}, lgb.Dataset(df[NUMERIC], df["premium"]), num_boost_round=600)
    booster.save_model("instance/premium.txt")
