"""Processing job: score the trained model on the test set; fail when RMSE is over budget."""
import json
import tarfile

import numpy as np
import pandas as pd
import xgboost as xgb

MAX_RMSE = 240.0

with tarfile.open("/opt/ml/processing/model/model.tar.gz") as archive:
    archive.extractall(".")
booster = xgb.Booster()
booster.load_model("xgboost-model")
test = pd.read_csv("/opt/ml/processing/test/test.csv", header=None)
predictions = booster.predict(xgb.DMatrix(test.iloc[:, 1:]))
rmse = float(np.sqrt(np.mean((test.iloc[:, 0] - predictions) ** 2)))
with open("/opt/ml/processing/evaluation/evaluation.json", "w") as report:
    json.dump({"regression_metrics": {"rmse": {"value": rmse}}}, report)
if rmse > MAX_RMSE:
    raise ValueError(f"rmse {rmse:.1f} over budget {MAX_RMSE}")
