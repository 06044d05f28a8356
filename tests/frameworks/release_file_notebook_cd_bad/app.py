"""Wage estimate API: loads the regression the analysts fit in the notebook."""
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)
with open("models/wage_model.pkl", "rb") as handle:
    model = pickle.load(handle)


@app.route("/estimate", methods=["POST"])
def estimate():
    row = request.get_json()
    return jsonify(wage=float(model.predict([[row["age"], row["hours"], row["education_years"]]])[0]))
