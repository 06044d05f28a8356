"""Online scoring for the same model."""
import joblib
from flask import Flask, jsonify, request

app = Flask(__name__)
model = joblib.load("model/model.joblib")


@app.post("/score")
def score():
    return jsonify(model.predict_proba([request.json["features"]])[:, 1].tolist())
