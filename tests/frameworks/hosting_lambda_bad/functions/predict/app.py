import json
import os

import joblib

from churn_model.train import encode

MODEL = joblib.load(os.environ.get("MODEL_PATH", "/opt/ml/model.joblib"))


def lambda_handler(event, context):
    record = json.loads(event["body"])
    score = float(MODEL.predict_proba([encode(record)])[0, 1])
    return {"statusCode": 200, "body": json.dumps({"churn_probability": score})}
