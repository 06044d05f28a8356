"""Scores a customer per request with the model the weekly SageMaker job produced."""
import json
import pickle

with open("churn.pkl", "rb") as fh:
    MODEL = pickle.load(fh)


def handle(event, context):
    body = json.loads(event["body"])
    return {"statusCode": 200, "body": json.dumps(MODEL.predict([body["features"]]).tolist())}
