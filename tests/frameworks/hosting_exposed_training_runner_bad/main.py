import json
import socketserver

import joblib
import pandas as pd

from trainer import train_if_stale

MODEL = joblib.load("/models/spam.joblib")


class ScoreHandler(socketserver.StreamRequestHandler):
    def handle(self):
        row = json.loads(self.rfile.readline())
        score = MODEL.predict_proba(pd.DataFrame([row]))[0, 1]
        self.wfile.write(json.dumps({"spam": float(score)}).encode() + b"\n")


if __name__ == "__main__":
    train_if_stale(pd.read_csv("/data/latest_labels.csv"))
    with socketserver.TCPServer(("0.0.0.0", 9000), ScoreHandler) as server:
        server.serve_forever()
