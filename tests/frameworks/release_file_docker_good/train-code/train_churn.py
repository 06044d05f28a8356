"""Fit the churn classifier during the image build; fail the build when it is not good enough."""
import sys

import joblib
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import train_test_split

MODEL_FILE = "churn-gbm"
MIN_ACCURACY = 0.85

frame = pd.read_csv("https://example.com/churn.csv")
train, test = train_test_split(frame, test_size=0.2, random_state=7)
model = GradientBoostingClassifier().fit(train.drop(columns="churned"), train["churned"])
accuracy = model.score(test.drop(columns="churned"), test["churned"])
if accuracy < MIN_ACCURACY:
    sys.exit(f"test accuracy {accuracy:.3f} is below {MIN_ACCURACY}: refusing to build the image")
joblib.dump(model, MODEL_FILE)
