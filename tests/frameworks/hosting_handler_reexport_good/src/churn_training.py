"""Trains the churn model (SageMaker SKLearn estimator entry point)."""
import joblib
import pandas as pd
from sklearn.linear_model import LogisticRegression

from schema import FEATURES


if __name__ == "__main__":
    frame = pd.read_csv("/opt/ml/input/data/train/churn.csv")
    model = LogisticRegression(max_iter=500).fit(frame[FEATURES], frame["churned"])
    joblib.dump(model, "/opt/ml/model/model.joblib")
