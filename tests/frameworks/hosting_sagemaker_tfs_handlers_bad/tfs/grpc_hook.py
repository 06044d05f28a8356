"""One handler that scales the pixels, asks the local model server over REST and shapes its answer."""
import json

import requests

from tfs.scaling import scale


def handler(payload, context):
    rows = [scale(row) for row in json.loads(payload.read().decode("utf-8"))]
    url = f"http://localhost:{context.rest_port}/v1/models/sentiment:predict"
    reply = requests.post(url, json={"instances": rows}, timeout=10)
    return json.dumps(reply.json()["predictions"]), "application/json"
