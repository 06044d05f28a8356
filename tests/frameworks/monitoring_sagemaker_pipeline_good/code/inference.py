"""SageMaker inference handlers for the XGBoost churn model."""

import os

import numpy as np
import xgboost as xgb


def model_fn(model_dir):
    booster = xgb.Booster()
    booster.load_model(os.path.join(model_dir, "xgboost-model"))
    return booster


def input_fn(body, content_type):
    if content_type != "text/csv":
        raise ValueError(content_type)
    return xgb.DMatrix(np.loadtxt(body.splitlines(), delimiter=",", ndmin=2))


def predict_fn(data, model):
    return model.predict(data)
