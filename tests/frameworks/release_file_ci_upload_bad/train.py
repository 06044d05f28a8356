"""Weekly refit of the points model; the workflow uploads what this writes."""

import os

import lightgbm as lgb
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    frame = pd.read_parquet("data/matches.parquet")
    booster = lgb.LGBMRegressor(n_estimators=300, learning_rate=0.05)
    booster.fit(frame.drop(columns="points"), frame["points"])
    booster.booster_.save_model(os.path.join(HERE, "points_model.txt"))


if __name__ == "__main__":
    main()
