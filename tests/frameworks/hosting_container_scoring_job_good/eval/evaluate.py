"""Evaluation image: score the held-out discharges and write the AUC for the release review."""
import json
import pickle

import pandas as pd
from sklearn.metrics import roc_auc_score

with open("model.pkl", "rb") as handle:
    model = pickle.load(handle)

held_out = pd.read_csv("data/held_out.csv")
auc = roc_auc_score(held_out.readmitted, model.predict_proba(held_out.drop(columns=["patient_id", "readmitted"]))[:, 1])
with open("metrics.json", "w") as out:
    json.dump({"auc": auc}, out)
