import pickle

from boxkite.monitoring.service import ModelMonitoringService
from flask import Flask, Response, current_app, request

FEATURES = ["tenure_months", "monthly_charges", "support_calls", "contract_length"]

with open("/artefact/churn_model.pkl", "rb") as handle:
    MODEL = pickle.load(handle)

app = Flask(__name__)


@app.before_first_request
def init_monitor():
    # one histogram per feature and for the score, binned like the training baseline
    current_app.monitor = ModelMonitoringService()


@app.route("/predict", methods=["POST"])
def predict():
    payload = request.get_json()
    row = [float(payload[name]) for name in FEATURES]
    score = float(MODEL.predict_proba([row])[0, 1])
    current_app.monitor.log_prediction(request_body=request.data, features=row, output=score)
    return {"churn_probability": score}


@app.route("/metrics", methods=["GET"])
def metrics():
    body, content_type = current_app.monitor.export_http(params=request.args.to_dict(flat=False), headers=request.headers)
    return Response(body, content_type=content_type)
