"""Nightly: refit the spam filter and roll the Lambda onto it only when it beats the bar."""
import subprocess
import sys

import boto3
import joblib
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import f1_score
from sklearn.pipeline import make_pipeline

REPOSITORY = "123456789012.dkr.ecr.us-east-1.amazonaws.com/spam-scorer"
MIN_F1 = 0.93


def main(tag: str) -> None:
    messages = pd.read_parquet("s3://mail-ml/labelled/latest.parquet")
    train, holdout = messages.iloc[:-20000], messages.iloc[-20000:]
    model = make_pipeline(TfidfVectorizer(min_df=3), SGDClassifier(loss="log_loss"))
    model.fit(train["body"], train["is_spam"])
    f1 = f1_score(holdout["is_spam"], model.predict(holdout["body"]))
    if f1 < MIN_F1:
        sys.exit(f"hold-out F1 {f1:.3f} below {MIN_F1}; the Lambda keeps its current image")
    joblib.dump(model, "image/spam_model.joblib")
    image = f"{REPOSITORY}:{tag}"
    subprocess.run(["docker", "build", "-t", image, "image"], check=True)
    subprocess.run(["docker", "push", image], check=True)
    boto3.client("lambda").update_function_code(FunctionName="spam-scorer", ImageUri=image, Publish=True)


if __name__ == "__main__":
    main("nightly")
