"""One script for both jobs: trains under __main__, serves through model_fn/predict_fn."""
import argparse
import os

import joblib
import pandas as pd
from sklearn.ensemble import RandomForestRegressor


def model_fn(model_dir):
    return joblib.load(os.path.join(model_dir, "model.joblib"))


def predict_fn(data, model):
    return model.predict(data)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--n-estimators", type=int, default=300)
    args = parser.parse_args()
    frame = pd.read_csv(os.path.join(os.environ["SM_CHANNEL_TRAIN"], "houses.csv"))
    model = RandomForestRegressor(n_estimators=args.n_estimators).fit(frame.drop(columns="price"), frame["price"])
    joblib.dump(model, os.path.join(os.environ["SM_MODEL_DIR"], "model.joblib"))
