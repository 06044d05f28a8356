"""Loads the exported ticket model."""
import numpy as np
import onnxruntime as ort


class TicketClassifier:
    def __init__(self, path: str):
        self.session = ort.InferenceSession(path)

    def route(self, text: str) -> str:
        scores = self.session.run(None, {"text": np.array([text])})[0]
        return ["billing", "tech", "sales"][int(scores.argmax())]
