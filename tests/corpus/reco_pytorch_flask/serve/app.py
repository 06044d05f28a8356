import os
import threading

import torch
from flask import Flask, jsonify, request

from recsys.model import TwoTower
from serve.profiling import profile_requests

app = Flask(__name__)
_model: TwoTower | None = None
_lock = threading.Lock()
_buffer: list[dict] = []


def get_model() -> TwoTower:
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                # imported lazily: torch.load is slow and gunicorn preloads the app
                from recsys.trainer import load_checkpoint

                _model = load_checkpoint(os.environ.get("CHECKPOINT", "/models/twotower.pt"))
    return _model


@app.route("/recommend", methods=["POST"])
def recommend():
    body = request.get_json(force=True)
    candidates = torch.as_tensor(body["candidates"])
    items = get_model().top_k(int(body["user_id"]), candidates, k=int(body.get("k", 20)))
    _buffer.append({"user_id": body["user_id"], "n_candidates": len(body["candidates"])})
    if len(_buffer) >= 500:
        profile_requests(_buffer.copy())
        _buffer.clear()
    return jsonify({"items": items})


@app.route("/debug/metrics")
def debug_metrics():
    from recsys.metrics import recall_at_k

    return jsonify({"metric_fn": recall_at_k.__name__})


@app.route("/healthz")
def healthz():
    return "ok"
