"""Processing step: score the trained model on the hold-out season and write the report."""

import json
import pickle
import tarfile

import pandas as pd
from sklearn.metrics import accuracy_score, log_loss

with tarfile.open("/opt/ml/processing/model/model.tar.gz") as archive:
    archive.extractall("/tmp/model")
with open("/tmp/model/model.pkl", "rb") as handle:
    model = pickle.load(handle)
test = pd.read_csv("/opt/ml/processing/test/test.csv")
probabilities = model.predict_proba(test.drop(columns=["result"]))
report = {
    "accuracy": float(accuracy_score(test["result"], probabilities.argmax(axis=1))),
    "log_loss": float(log_loss(test["result"], probabilities)),
}
with open("/opt/ml/processing/evaluation/evaluation.json", "w") as handle:
    json.dump(report, handle)
