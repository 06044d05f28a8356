"""Retrain the demand model from the warehouse extract and write it where the service reads it."""
import argparse
import os
import pickle

import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error

MODEL_DIR = "service"
ENCODER_FILE = "encoder.pkl"


def save(model, path: str) -> None:
    with open(path, "wb") as handle:
        pickle.dump(model, handle)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="data/demand.csv")
    parser.add_argument("--model-path", default="service/demand.pkl")
    args = parser.parse_args()
    frame = pd.read_csv(args.data)
    model = RandomForestRegressor(n_estimators=300).fit(frame.drop(columns="units"), frame["units"])
    print("train MAE", mean_absolute_error(frame["units"], model.predict(frame.drop(columns="units"))))
    with open(args.model_path, "wb") as out:
        pickle.dump(model, out)
    save(model.feature_names_in_, os.path.join(MODEL_DIR, ENCODER_FILE))
    save(model, "service/backup.pkl")


if __name__ == "__main__":
    main()
