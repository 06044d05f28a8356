"""Lesson 3: serve a model you copied next to this app by hand."""
import os

import joblib
from flask import Flask, jsonify, request

app = Flask(__name__)
model = joblib.load(os.path.join(os.getcwd(), "model.joblib"))


@app.post("/predict")
def predict():
    return jsonify(churn=float(model.predict_proba([request.json["features"]])[0][1]))
