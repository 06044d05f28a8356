import runpod
from ultralytics import YOLO

from worker.labels import CLASSES

MODEL = YOLO("/runpod-volume/weights/shelf-detector.pt")


def handler(job):
    result = MODEL.predict(job["input"]["image_url"], conf=0.4)[0]
    return {"items": [CLASSES[int(c)] for c in result.boxes.cls.tolist()]}


runpod.serverless.start({"handler": handler})
