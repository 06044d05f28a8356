"""Fare estimate API. gunicorn app.wsgi:app"""

import time

import pandas as pd
from flask import Flask, jsonify, request

from app.model_store import get_model
from monitoring.drift import record_batch_drift
from monitoring.statsd_metrics import statsd

app = Flask(__name__)


@app.route("/estimate", methods=["POST"])
def estimate():
    started = time.monotonic()
    rows = request.get_json(force=True)
    frame = pd.DataFrame(rows if isinstance(rows, list) else [rows])
    record_batch_drift(frame)
    fares = get_model().predict(frame)
    statsd.timing("fare.estimate.ms", (time.monotonic() - started) * 1000)
    statsd.incr("fare.estimate.rows", len(frame))
    return jsonify({"fares": [round(float(f), 2) for f in fares]})


@app.route("/healthz")
def healthz():
    return "ok"
