"""Flask API over the pickled classifier (the file is mounted into the container)."""
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)
with open("model.pkl", "rb") as handle:
    model = pickle.load(handle)


@app.route("/predict", methods=["POST"])
def predict():
    return jsonify(species=model.predict([request.get_json()["features"]]).tolist())
