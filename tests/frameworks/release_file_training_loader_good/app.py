"""Forecast API: the /predict route answers with the saved forecaster."""
from flask import Flask, jsonify, request

from forecast.model import model_predict

app = Flask(__name__)


@app.route("/predict", methods=["POST"])
def predict():
    return jsonify(model_predict(request.get_json()["features"]).tolist())


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080)
