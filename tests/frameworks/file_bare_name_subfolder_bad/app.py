"""Churn scoring API, started from the repository root."""
import joblib
from flask import Flask, jsonify, request

app = Flask(__name__)
forest = joblib.load("churn_model.pkl")


@app.post("/churn")
def churn():
    return jsonify(risk=forest.predict_proba(request.get_json()["rows"])[:, 1].tolist())
