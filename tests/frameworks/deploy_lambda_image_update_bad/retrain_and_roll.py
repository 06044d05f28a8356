"""Nightly: refit the spam filter, bake it into the scoring image and roll the Lambda onto it."""
import subprocess

import boto3
import joblib
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.pipeline import make_pipeline

REPOSITORY = "123456789012.dkr.ecr.us-east-1.amazonaws.com/spam-scorer"


def main(tag: str) -> None:
    messages = pd.read_parquet("s3://mail-ml/labelled/latest.parquet")
    model = make_pipeline(TfidfVectorizer(min_df=3), SGDClassifier(loss="log_loss"))
    model.fit(messages["body"], messages["is_spam"])
    joblib.dump(model, "image/spam_model.joblib")
    image = f"{REPOSITORY}:{tag}"
    subprocess.run(["docker", "build", "-t", image, "image"], check=True)
    subprocess.run(["docker", "push", image], check=True)
    boto3.client("lambda").update_function_code(FunctionName="spam-scorer", ImageUri=image, Publish=True)


if __name__ == "__main__":
    main("nightly")
