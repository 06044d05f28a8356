from flask import Blueprint, current_app, jsonify, request

from detector.scoring import AnomalyScorer

bp = Blueprint("anomaly", __name__)
_scorer: AnomalyScorer | None = None


def scorer() -> AnomalyScorer:
    global _scorer
    if _scorer is None:
        _scorer = AnomalyScorer(current_app.config["MODEL_PATH"], current_app.config["THRESHOLD_PATH"])
    return _scorer


@bp.post("/score")
def score():
    windows = request.get_json()["windows"]
    return jsonify(scorer().score(windows))
