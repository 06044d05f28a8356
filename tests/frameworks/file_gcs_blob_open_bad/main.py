"""Flask service that predicts points with the booster streamed from Cloud Storage."""
import os

import lightgbm as lgb
from flask import Flask, jsonify, request
from google.cloud import storage

BOOSTER_KEY = "points/booster.txt"

bucket = storage.Client().bucket(os.environ["MODEL_BUCKET"])
blob = bucket.blob(BOOSTER_KEY)
with blob.open("r") as stream:
    booster = lgb.Booster(model_str=stream.read())

app = Flask(__name__)


@app.post("/points")
def points():
    return jsonify(points=booster.predict(request.get_json()["rows"]).tolist())
