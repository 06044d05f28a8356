"""The same REST hook for the staging endpoint, deployed from the console."""
import json

import requests


def handler(data, context):
    rows = json.loads(data.read().decode("utf-8"))
    reply = requests.post(f"http://localhost:{context.rest_port}/v1/models/sentiment:predict", json={"instances": rows}, timeout=10)
    return json.dumps(reply.json()["predictions"]), "application/json"
