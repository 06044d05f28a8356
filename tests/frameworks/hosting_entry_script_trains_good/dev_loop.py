"""Local development only (make dev): refit on a sample, then serve it with auto-reload."""
import os
import sys

import joblib
import pandas as pd
from sklearn.linear_model import LogisticRegression

FEATURES = ["tenure_months", "monthly_charges", "support_calls"]

if __name__ == "__main__":
    rows = int(sys.argv[sys.argv.index("--sample") + 1]) if "--sample" in sys.argv else 1000
    frame = pd.read_csv("data/customers.csv", nrows=rows)
    joblib.dump(LogisticRegression(max_iter=200).fit(frame[FEATURES], frame["churned"]), "dev-model.joblib")
    os.system("MODEL_PATH=dev-model.joblib uvicorn app:app --reload --port 8000")
