"""Container start-up: fit the churn model on the latest extract, then hand over to the API."""
import subprocess

import joblib
import pandas as pd
from sklearn.linear_model import LogisticRegression

FEATURES = ["tenure_months", "monthly_charges", "support_calls"]


def fit_latest(extract: str = "data/customers.csv") -> None:
    frame = pd.read_csv(extract)
    model = LogisticRegression(max_iter=500, class_weight="balanced")
    model.fit(frame[FEATURES], frame["churned"])
    joblib.dump(model, "model.joblib")


if __name__ == "__main__":
    fit_latest()
    subprocess.run(["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8000"], check=True)
