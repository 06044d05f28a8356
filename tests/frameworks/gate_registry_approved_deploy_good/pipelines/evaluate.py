"""Write the hold-out AUC where the pipeline's ConditionStep reads it."""
import json

import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score

booster = xgb.Booster()
booster.load_model("/opt/ml/processing/model/xgboost-model")
test = pd.read_csv("/opt/ml/processing/test/test.csv", header=None)
auc = roc_auc_score(test.iloc[:, 0], booster.predict(xgb.DMatrix(test.iloc[:, 1:])))
with open("/opt/ml/processing/evaluation/evaluation.json", "w") as out:
    json.dump({"binary_classification_metrics": {"auc": {"value": auc}}}, out)
