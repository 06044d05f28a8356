"""The serving image's web server: SageMaker unpacks the model artefact into /opt/ml/model."""

import joblib
import pandas as pd
from flask import Flask, jsonify, request

app = Flask(__name__)
classifier = joblib.load("/opt/ml/model/classifier.joblib")


@app.route("/ping", methods=["GET"])
def ping():
    return "", 200


@app.route("/invocations", methods=["POST"])
def invocations():
    frame = pd.DataFrame(request.get_json())
    return jsonify(classifier.predict_proba(frame)[:, 1].tolist())
