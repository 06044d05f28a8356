"""Serves the price model over plain http.server (no framework)."""
import json
from http.server import BaseHTTPRequestHandler, HTTPServer

import joblib

MODEL = joblib.load("price.joblib")


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.send_response(200)
        self.end_headers()
        self.wfile.write(json.dumps({"price": MODEL.predict([body["x"]]).tolist()}).encode())


def main():
    HTTPServer(("", 8080), Handler).serve_forever()
