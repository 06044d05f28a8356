"""Offline check of the exported pipeline on last week's tickets."""
from pathlib import Path

import joblib
import pandas as pd
from sklearn.metrics import classification_report

model = joblib.load(Path("models/latest") / "model.joblib")
recent = pd.read_parquet("data/tickets_recent.parquet")
print(classification_report(recent.queue, model.predict(recent.text)))
