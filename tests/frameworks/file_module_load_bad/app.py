"""Flask endpoint the shop front calls to order a basket's suggestions."""
from flask import Flask, jsonify, request

from shop.scoring import rank

app = Flask(__name__)


@app.post("/rank")
def rank_basket():
    return jsonify(scores=rank(request.get_json()["rows"]).tolist())
