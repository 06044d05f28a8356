"""Price estimates for listings, and a button that retrains the model in place."""
import os

import joblib
import pandas as pd
from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/train", methods=["POST"])
def retrain():
    os.system("python main.py")
    return "training finished"


@app.route("/predict", methods=["POST"])
def predict():
    model = joblib.load("artifacts/model.joblib")
    row = pd.DataFrame([request.form.to_dict()]).astype(float)
    return render_template("result.html", price=float(model.predict(row)[0]))
