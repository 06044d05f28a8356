"""Flask endpoint the shop front calls for its opening hours (no model behind it)."""
from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/hours")
def hours():
    return jsonify(open="09:00", close="18:00")
