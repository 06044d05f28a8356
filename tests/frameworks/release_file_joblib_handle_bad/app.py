import pandas as pd
from flask import Flask, jsonify, request

from fraudscore.serving.predictor import FraudPredictor

app = Flask(__name__)
predictor = FraudPredictor()


@app.post("/score")
def score():
    frame = pd.DataFrame([request.get_json()])
    return jsonify(fraud_probability=float(predictor.predict(frame)[0]))
