"""Processing step: score the held-out month with the candidate model and write its quality."""
import json

import joblib
import pandas as pd

from src.quality import quality

candidate = joblib.load("/opt/ml/processing/model/model.joblib")
holdout = pd.read_csv("/opt/ml/processing/holdout/holdout.csv")

features = holdout.drop(columns=["defaulted"])
labels = holdout["defaulted"]

guessed = candidate.predict(features)
figures = quality(labels, guessed)

with open("/opt/ml/processing/report/metrics.json", "w") as out:
    json.dump(figures, out)
