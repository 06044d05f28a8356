"""Lesson 1: a logistic-regression baseline, saved wherever the notebook runner points OUT_DIR."""
import os

import joblib
import pandas as pd
from sklearn.linear_model import LogisticRegression

frame = pd.read_csv("churn.csv")
model = LogisticRegression(max_iter=1000).fit(frame.drop(columns="churned"), frame["churned"])
joblib.dump(model, os.path.join(os.environ["OUT_DIR"], "model.joblib"))
