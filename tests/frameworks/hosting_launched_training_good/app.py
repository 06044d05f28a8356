"""Price estimates for listings, and a page that rebuilds the daily report."""
import subprocess

import joblib
import pandas as pd
from flask import Flask, render_template, request

app = Flask(__name__)
model = joblib.load("artifacts/model.joblib")


@app.route("/report", methods=["POST"])
def rebuild_report():
    subprocess.run("python -m housing.pipeline.report", shell=True, check=True)
    return render_template("report.html")


@app.route("/predict", methods=["POST"])
def predict():
    row = pd.DataFrame([request.form.to_dict()]).astype(float)
    return render_template("result.html", price=float(model.predict(row)[0]))
