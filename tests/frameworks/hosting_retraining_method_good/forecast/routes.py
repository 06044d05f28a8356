"""HTTP routes of the forecast service; the app factory lives in the deployment repository."""
import pandas as pd
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("forecast", __name__)


@bp.post("/forecast")
def forecast():
    net = current_app.config["NET"]
    net.train(False)
    rows = pd.DataFrame(request.get_json()["rows"])
    return jsonify(net(rows.values).tolist())
