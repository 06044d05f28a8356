import os

import xgboost as xgb
from flask import Flask, abort, jsonify, request

from pricing import to_dmatrix, validate_payload

app = Flask("quote-pricing")
booster = xgb.Booster(model_file=os.environ.get("BOOSTER_PATH", "/srv/models/pricing.ubj"))


@app.post("/quote")
def quote():
    payload = request.get_json(silent=True) or {}
    problems = validate_payload(payload)
    if problems:
        abort(400, "; ".join(problems))
    premium = float(booster.predict(to_dmatrix([payload]))[0])
    return jsonify({"annual_premium": round(premium, 2)})
