"""Weekly retraining job; its feature list is imported by the prediction Lambda."""
import pandas as pd
from sklearn.linear_model import LogisticRegression

FEATURES = ["tenure", "monthly_charges", "support_calls", "contract_months"]


def retrain(path: str) -> LogisticRegression:
    frame = pd.read_csv(path)
    return LogisticRegression(max_iter=500).fit(frame[FEATURES], frame["churned"])
