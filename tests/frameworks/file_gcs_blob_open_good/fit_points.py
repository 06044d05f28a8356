"""Refit the player-points booster on every finished round."""
import os

import lightgbm as lgb
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))


def refit() -> None:
    rounds = pd.read_parquet("rounds.parquet")
    booster = lgb.train({"objective": "regression"}, lgb.Dataset(rounds.drop(columns="points"), rounds["points"]))
    booster.save_model(os.path.join(HERE, "booster.txt"))


if __name__ == "__main__":
    refit()
