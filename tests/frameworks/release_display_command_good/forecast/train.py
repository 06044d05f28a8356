"""Fit the weekly store-demand forecaster on the last two years of sales."""
import argparse

import joblib
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor

FEATURES = ["store_id", "week_of_year", "promo", "holiday", "lag_1", "lag_52"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="artifacts/forecaster.joblib")
    args = parser.parse_args()
    sales = pd.read_parquet("data/weekly_sales.parquet")
    model = GradientBoostingRegressor(n_estimators=400, max_depth=4).fit(sales[FEATURES], sales["units"])
    joblib.dump(model, args.out)


if __name__ == "__main__":
    main()
