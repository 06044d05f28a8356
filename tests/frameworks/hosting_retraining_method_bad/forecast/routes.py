"""HTTP routes of the forecast service; the app factory lives in the deployment repository."""
import pandas as pd
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("forecast", __name__)


@bp.post("/forecast")
def forecast():
    net = current_app.config["NET"]
    rows = pd.DataFrame(request.get_json()["rows"])
    return jsonify(net(rows.values).tolist())


@bp.post("/learn")
def learn():
    net = current_app.config["NET"]
    recent = pd.read_parquet(request.get_json()["snapshot"])
    net.fit_model(recent, epochs=5)
    return jsonify({"rows": len(recent)})
