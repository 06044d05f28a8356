import pandas as pd
from flask import Flask, jsonify, request

from insurance.pipeline.predict import PremiumPredictor

app = Flask(__name__)


@app.post("/premium")
def premium():
    predictor = PremiumPredictor()
    return jsonify(premium=float(predictor.predict(pd.DataFrame([request.get_json()]))[0]))
