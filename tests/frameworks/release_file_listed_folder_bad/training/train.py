"""Nightly churn model: refit on the last 90 days and drop a dated copy into the model folder."""
import os
from datetime import datetime, timezone

import joblib
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

MODEL_DIR = os.getenv("MODEL_DIR", "models")


def main() -> None:
    frame = pd.read_parquet("data/customers_90d.parquet")
    train, test = train_test_split(frame, test_size=0.2, random_state=7)
    model = GradientBoostingClassifier().fit(train.drop(columns="churned"), train["churned"])
    print("auc", roc_auc_score(test["churned"], model.predict_proba(test.drop(columns="churned"))[:, 1]))
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M")
    joblib.dump(model, os.path.join(MODEL_DIR, "churn-{}.joblib".format(stamp)))


if __name__ == "__main__":
    main()
