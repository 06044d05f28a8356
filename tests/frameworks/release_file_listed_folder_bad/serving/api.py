"""Churn scoring API: serves the newest model in the model folder."""
import glob
import os

import joblib
from flask import Flask, jsonify, request

MODEL_DIR = os.getenv("MODEL_DIR", "models")

app = Flask(__name__)


def newest_model():
    candidates = sorted(glob.glob(os.path.join(MODEL_DIR, "*.joblib")), key=os.path.getmtime)
    return joblib.load(candidates[-1])


model = newest_model()


@app.post("/score")
def score():
    rows = request.get_json()["customers"]
    return jsonify(model.predict_proba(rows)[:, 1].tolist())
