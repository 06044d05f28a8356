"""Flask service scoring demand forecasts with the model the training job left behind."""
import pickle

from flask import Flask, jsonify, request

MODEL_PATH = "service/demand.pkl"

app = Flask(__name__)
with open(MODEL_PATH, "rb") as handle:
    model = pickle.load(handle)
with open("service/backup.pkl", "rb") as handle:
    fallback = pickle.load(handle)


@app.post("/forecast")
def forecast():
    rows = request.get_json()["rows"]
    return jsonify(model.predict(rows).tolist())
