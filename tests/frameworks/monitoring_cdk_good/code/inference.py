"""SageMaker inference handlers for the fraud scorer: load the booster, score JSON rows."""

import json
import os

import xgboost as xgb


def model_fn(model_dir):
    booster = xgb.Booster()
    booster.load_model(os.path.join(model_dir, "fraud.xgb"))
    return booster


def input_fn(body, content_type):
    rows = json.loads(body)["instances"]
    return xgb.DMatrix(rows)


def predict_fn(data, booster):
    return booster.predict(data).tolist()
