import argparse
import glob
import os

import mlflow
import pandas as pd

from order_features import FEATURES

model = None


def init():
    global model
    parser = argparse.ArgumentParser()
    parser.add_argument("--model")
    args, _ = parser.parse_known_args()
    model = mlflow.pyfunc.load_model(args.model)


def run(mini_batch):
    frames = [pd.read_parquet(path) for path in mini_batch]
    orders = pd.concat(frames)
    return orders.assign(late_risk=model.predict(orders[FEATURES]))
