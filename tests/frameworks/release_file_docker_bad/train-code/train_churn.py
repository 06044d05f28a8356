"""Fit the churn classifier during the image build; the Lambda serves the file it writes."""
import joblib
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import train_test_split

MODEL_FILE = "churn-gbm"

frame = pd.read_csv("https://example.com/churn.csv")
train, test = train_test_split(frame, test_size=0.2, random_state=7)
model = GradientBoostingClassifier().fit(train.drop(columns="churned"), train["churned"])
print("test accuracy:", model.score(test.drop(columns="churned"), test["churned"]))
joblib.dump(model, MODEL_FILE)
