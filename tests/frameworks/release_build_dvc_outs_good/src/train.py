"""Train stage of the DVC pipeline: the stage's command names the output folder."""
import argparse
import json
import os
import pickle

import pandas as pd
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

parser = argparse.ArgumentParser()
parser.add_argument("--data", required=True)
parser.add_argument("--out-dir", required=True)
args = parser.parse_args()

frame = pd.read_parquet(args.data)
x_train, x_test, y_train, y_test = train_test_split(frame.drop(columns="upgraded"), frame["upgraded"], test_size=0.2)
model = DecisionTreeClassifier(max_depth=6).fit(x_train, y_train)
score = f1_score(y_test, model.predict(x_test))
with open("reports/metrics.json", "w") as fh:
    json.dump({"f1": score}, fh)
if score < 0.75:
    raise SystemExit(f"F1 {score:.3f} is below 0.75: the stage fails and the served model stays")
with open(os.path.join(args.out_dir, "classifier.pkl"), "wb") as fh:
    pickle.dump(model, fh)
