"""Posts training-job state changes to the team channel (an EventBridge Lambda)."""
import json
import os
import urllib.request


def handler(event, context):
    detail = event["detail"]
    text = f"{detail['TrainingJobName']}: {detail['TrainingJobStatus']}"
    request = urllib.request.Request(os.environ["WEBHOOK"], data=json.dumps({"text": text}).encode(), headers={"Content-Type": "application/json"})
    urllib.request.urlopen(request, timeout=5)
