import argparse

import joblib
import mlflow
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor


def featurize(df: pd.DataFrame) -> np.ndarray:
    return np.column_stack([df["temp"], df["humidity"], np.sin(df["hour"] / 24 * 2 * np.pi)])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    args = parser.parse_args()
    df = pd.read_csv(args.data)
    model = GradientBoostingRegressor(n_estimators=300)
    model.fit(featurize(df), df["load_mw"])
    mlflow.sklearn.log_model(model, "model")
    joblib.dump(model, "outputs/model.pkl")


if __name__ == "__main__":
    main()
