"""Fits the fare regressor on last month's trips."""
import joblib
import pandas as pd
from lightgbm import LGBMRegressor


from fares.features import build_matrix  # noqa: E402


def main():
    trips = pd.read_parquet("s3://fares/trips.parquet")
    model = LGBMRegressor(n_estimators=400).fit(build_matrix(trips), trips["fare"])
    joblib.dump(model, "fare.joblib")


if __name__ == "__main__":
    main()
