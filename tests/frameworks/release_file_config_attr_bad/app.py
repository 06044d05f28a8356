import pandas as pd
from flask import Flask, jsonify, request

from src.pipeline.predict_pipeline import PredictPipeline

application = Flask(__name__)


@application.route("/predict", methods=["POST"])
def predict():
    frame = pd.DataFrame([request.get_json()])
    return jsonify(score=float(PredictPipeline().predict(frame)[0]))
