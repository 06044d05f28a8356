"""Custom handler for a Hugging Face Inference Endpoint (found by its class name)."""
from transformers import pipeline


class EndpointHandler:
    def __init__(self, path=""):
        self.classify = pipeline("text-classification", model=path)

    def __call__(self, data):
        return self.classify(data["inputs"])
