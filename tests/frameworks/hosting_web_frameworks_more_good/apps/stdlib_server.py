import json
import os
from http.server import BaseHTTPRequestHandler, HTTPServer

import joblib

MODEL = joblib.load(os.environ["MODEL_PATH"])


class PredictHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        payload = json.dumps({"scores": MODEL.predict_proba(body["texts"])[:, 1].tolist()}).encode()
        self.send_response(200)
        self.end_headers()
        self.wfile.write(payload)


if __name__ == "__main__":
    HTTPServer(("", 8080), PredictHandler).serve_forever()
