import json
import os
import tarfile

import pandas as pd
import xgboost
from sklearn.metrics import average_precision_score, roc_auc_score

if __name__ == "__main__":
    with tarfile.open("/opt/ml/processing/model/model.tar.gz") as tar:
        tar.extractall(path=".")
    booster = xgboost.Booster()
    booster.load_model("xgboost-model")
    test = pd.read_csv("/opt/ml/processing/test/test.csv", header=None)
    y = test.iloc[:, 0].to_numpy()
    preds = booster.predict(xgboost.DMatrix(test.iloc[:, 1:].values))
    report = {
        "binary_classification_metrics": {
            "auc": {"value": float(roc_auc_score(y, preds))},
            "average_precision": {"value": float(average_precision_score(y, preds))},
        }
    }
    os.makedirs("/opt/ml/processing/evaluation", exist_ok=True)
    with open("/opt/ml/processing/evaluation/evaluation.json", "w") as f:
        json.dump(report, f)
