"""Refit the basket ranker from last week's orders."""
import pickle

import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor


def refit(orders_csv: str) -> None:
    orders = pd.read_csv(orders_csv)
    ranker = HistGradientBoostingRegressor(max_iter=300)
    ranker.fit(orders.drop(columns="bought"), orders["bought"])
    with open("store/ranker.pkl", "wb") as handle:
        pickle.dump(ranker, handle)


if __name__ == "__main__":
    refit("orders.csv")
