"""Quote pricing API."""
import joblib
import pandas as pd
from flask import Flask, jsonify, request

from training.fit import *

app = Flask(__name__)
model = joblib.load("model.joblib")


@app.route("/quote", methods=["POST"])
def quote():
    frame = pd.DataFrame([request.get_json()])
    return jsonify(premium=float(model.predict(frame[FEATURES])[0]))
