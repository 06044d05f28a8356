"""Scoring Lambda: loads the churn model from S3 on a cold start."""
import pickle

import boto3

s3 = boto3.resource("s3")
model = pickle.loads(s3.Object("acme-churn-models", "prod/churn/model.pkl").get()["Body"].read())


def handler(event, _context):
    return {"churn_probability": model.predict_proba([event["features"]])[0][1]}
