import json

import joblib
import pandas as pd

from claims_features import encode

MODEL = joblib.load("/opt/ml/claims.joblib")


def handler(event, context):
    rows = pd.DataFrame(json.loads(event["body"])["claims"])
    scores = MODEL.predict_proba(encode(rows))[:, 1]
    return {"statusCode": 200, "body": json.dumps({"fraud_probability": scores.tolist()})}
