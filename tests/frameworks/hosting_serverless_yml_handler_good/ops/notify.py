import json
import os
import urllib.request


def post(event, context):
    message = {"text": f"deploy finished: {event.get('detail', {}).get('status', 'unknown')}"}
    request = urllib.request.Request(os.environ["SLACK_WEBHOOK"], data=json.dumps(message).encode(), headers={"Content-Type": "application/json"})
    urllib.request.urlopen(request)
    return {"ok": True}
