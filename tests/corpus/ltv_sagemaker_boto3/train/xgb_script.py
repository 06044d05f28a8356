import argparse
import json
import os

import pandas as pd
import xgboost as xgb
from sklearn.metrics import mean_squared_error

if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--num_round", type=int, default=500)
    p.add_argument("--max_depth", type=int, default=7)
    p.add_argument("--objective", default="reg:tweedie")
    a = p.parse_args()
    tr = pd.read_csv(os.path.join(os.environ["SM_CHANNEL_TRAIN"], "train.csv"), header=None)
    va = pd.read_csv(os.path.join(os.environ["SM_CHANNEL_VALIDATION"], "validation.csv"), header=None)
    dtr = xgb.DMatrix(tr.iloc[:, 1:], label=tr.iloc[:, 0])
    dva = xgb.DMatrix(va.iloc[:, 1:], label=va.iloc[:, 0])
    booster = xgb.train({"max_depth": a.max_depth, "objective": a.objective, "eta": 0.05}, dtr, a.num_round, evals=[(dva, "val")])
    rmse = mean_squared_error(va.iloc[:, 0], booster.predict(dva), squared=False)
    booster.save_model(os.path.join(os.environ["SM_MODEL_DIR"], "xgboost-model"))
    with open(os.path.join(os.environ["SM_OUTPUT_DATA_DIR"], "metrics.json"), "w") as fh:
        json.dump({"rmse": rmse}, fh)
