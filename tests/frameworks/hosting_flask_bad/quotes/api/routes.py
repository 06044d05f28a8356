import pickle

from flask import Blueprint, current_app, jsonify, request

from ..model.retrain import NUMERIC, retrain

bp = Blueprint("quotes", __name__)
with open("instance/premium.pkl", "rb") as fh:
    booster = pickle.load(fh)


@bp.post("/quote")
def quote():
    row = [[request.json[name] for name in NUMERIC]]
    return jsonify(premium=float(booster.predict(row)[0]))


@bp.post("/admin/retrain")
def admin_retrain():
    current_app.logger.warning("retraining inside the web worker")
    retrain(current_app.config["TRAINING_FRAME"])
    return jsonify(status="retrained")
