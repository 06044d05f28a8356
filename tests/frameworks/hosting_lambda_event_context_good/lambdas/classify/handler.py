"""API Gateway handler for the ticket classifier."""
import json

from classifier import TicketClassifier

CLASSIFIER = TicketClassifier("/opt/ml/ticket.onnx")


def handle(event, context):
    text = json.loads(event["body"])["text"]
    return {"statusCode": 200, "body": json.dumps({"queue": CLASSIFIER.route(text)})}
