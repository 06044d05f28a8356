"""Evaluation job: score the candidate on the hold-out week and stop the pipeline when it is too poor."""
import json
import tarfile

import joblib
import pandas as pd
from sklearn.metrics import mean_absolute_error

MAE_BUDGET = 4.0

if __name__ == "__main__":
    with tarfile.open("/opt/ml/processing/model/model.tar.gz") as archive:
        archive.extractall("/tmp/model")
    model = joblib.load("/tmp/model/model.joblib")
    holdout = pd.read_csv("/opt/ml/processing/holdout/holdout.csv")
    mae = mean_absolute_error(holdout["demand"], model.predict(holdout.drop(columns="demand")))
    with open("/opt/ml/processing/evaluation/evaluation.json", "w") as out:
        json.dump({"mae": mae}, out)
    if mae > MAE_BUDGET:
        raise SystemExit(f"MAE {mae:.2f} over budget {MAE_BUDGET}")
