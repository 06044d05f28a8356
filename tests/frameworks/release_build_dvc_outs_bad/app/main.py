"""Flask service predicting plan upgrades with the model the DVC pipeline produced."""
import pickle

import pandas as pd
from flask import Flask, jsonify, request

app = Flask(__name__)
with open("models/classifier.pkl", "rb") as fh:
    model = pickle.load(fh)


@app.post("/predict")
def predict():
    return jsonify(upgrade=model.predict(pd.DataFrame(request.json["customers"])).tolist())
