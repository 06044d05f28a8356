"""Fraud scorer written against the bdrk 0.x client, where Boxkite still lived in bedrock_client."""
import joblib
from bedrock_client.bedrock.metrics.service import ModelMonitoringService
from flask import Flask, Response, current_app, request

COLUMNS = ["amount", "merchant_risk", "hour", "card_age_days"]
MODEL = joblib.load("/artefact/fraud_xgb.joblib")

app = Flask(__name__)


@app.before_first_request
def start_monitor():
    current_app.monitor = ModelMonitoringService()


@app.route("/", methods=["POST"])
def score():
    body = request.get_json()
    features = [float(body[name]) for name in COLUMNS]
    probability = float(MODEL.predict_proba([features])[0, 1])
    current_app.monitor.log_prediction(request_body=request.data, features=features, output=probability)
    return {"fraud_probability": probability}


@app.route("/metrics")
def metrics():
    body, content_type = current_app.monitor.export_http(params=request.args.to_dict(flat=False), headers=request.headers)
    return Response(body, content_type=content_type)
