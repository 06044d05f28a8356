"""Vertex AI custom training job entry point (python -m trainer.task)."""
import argparse
import os

import joblib
import pandas as pd
from google.cloud import storage
from sklearn.ensemble import HistGradientBoostingClassifier

COLUMNS = ["sessions_7d", "basket_value", "days_since_last_order"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--train-uri", required=True)
    args = parser.parse_args()
    df = pd.read_csv(args.train_uri)
    model = HistGradientBoostingClassifier(max_iter=300)
    model.fit(df[COLUMNS], df["purchased"])
    joblib.dump(model, "model.joblib")
    bucket = storage.Client().bucket(os.environ["AIP_MODEL_DIR"].split("/")[2])
    bucket.blob("model/model.joblib").upload_from_filename("model.joblib")


if __name__ == "__main__":
    main()
