import lightgbm as lgb
from flask import Flask, jsonify, request

from quotes.schema import NUMERIC

app = Flask(__name__)
booster = lgb.Booster(model_file="instance/premium.txt")


@app.route("/quote", methods=["POST"])
def quote():
    row = [[request.json[name] for name in NUMERIC]]
    return jsonify(premium=float(booster.predict(row)[0]))
