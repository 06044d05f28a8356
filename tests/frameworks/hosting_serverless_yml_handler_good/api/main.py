import json

import xgboost as xgb

from api.model_store import booster


def run(payload, ctx):
    rows = json.loads(payload["body"])["rows"]
    scores = booster().predict(xgb.DMatrix(rows))
    return {"statusCode": 200, "body": json.dumps(scores.tolist())}
