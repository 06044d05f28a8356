import os
import sys
from pathlib import Path

import joblib
import pandas as pd
from flask import Flask, jsonify, request

sys.path.append(str(Path(__file__).resolve().parents[1] / "pipeline"))
from cleaning import clean  # noqa: E402

app = Flask(__name__)
model = joblib.load(os.environ.get("MODEL_PATH", "/srv/models/loans.joblib"))


@app.post("/score")
def score():
    rows = clean(pd.DataFrame(request.get_json()["applications"]))
    return jsonify(default_probability=model.predict_proba(rows)[:, 1].tolist())
