"""Flask service predicting plan upgrades with the model the DVC pipeline produced."""
import pickle

import pandas as pd
from flask import Flask, jsonify, request

app = Flask(__name__)
with open("models/classifier.pkl", "rb") as fh:
    model = pickle.load(fh)
with open("data/plans.pkl", "rb") as fh:
    plan_names = pickle.load(fh)


@app.post("/predict")
def predict():
    frame = pd.DataFrame(request.json["customers"])
    return jsonify(upgrade=model.predict(frame).tolist(), plans=[plan_names[code] for code in frame["plan"]])
