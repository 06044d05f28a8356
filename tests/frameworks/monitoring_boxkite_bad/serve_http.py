import pickle
import time

from flask import Flask, Response, request
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Histogram, generate_latest

FEATURES = ["tenure_months", "monthly_charges", "support_calls", "contract_length"]
REQUESTS = Counter("churn_requests_total", "prediction requests")
LATENCY = Histogram("churn_latency_seconds", "time spent scoring")

with open("/artefact/churn_model.pkl", "rb") as handle:
    MODEL = pickle.load(handle)

app = Flask(__name__)


@app.route("/predict", methods=["POST"])
def predict():
    started = time.perf_counter()
    payload = request.get_json()
    score = float(MODEL.predict_proba([[float(payload[name]) for name in FEATURES]])[0, 1])
    REQUESTS.inc()
    LATENCY.observe(time.perf_counter() - started)
    return {"churn_probability": score}


@app.route("/metrics", methods=["GET"])
def metrics():
    return Response(generate_latest(), content_type=CONTENT_TYPE_LATEST)
