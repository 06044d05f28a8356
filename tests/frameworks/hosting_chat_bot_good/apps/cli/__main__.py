"""python -m apps.cli: type a message, get its queue."""
from intent.model import predict_intent

while True:
    text = input("message> ").strip()
    if not text:
        break
    print(predict_intent([text])[0])
