"""Scores a customer per request; also refits the model when asked (the flaw)."""
import json
import pickle

from sklearn.linear_model import LogisticRegression

with open("churn.pkl", "rb") as fh:
    MODEL = pickle.load(fh)


def refit(rows, labels):
    fresh = LogisticRegression(max_iter=200).fit(rows, labels)
    with open("churn.pkl", "wb") as fh:
        pickle.dump(fresh, fh)
    return fresh


def handle(event, context):
    body = json.loads(event["body"])
    if body.get("labels"):
        refit(body["rows"], body["labels"])
        return {"statusCode": 202}
    return {"statusCode": 200, "body": json.dumps(MODEL.predict([body["features"]]).tolist())}
