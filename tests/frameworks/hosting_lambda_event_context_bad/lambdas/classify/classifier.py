"""Loads the exported ticket model; also holds the fine-tuning loop used offline."""
import numpy as np
import onnxruntime as ort
import torch


class TicketClassifier:
    def __init__(self, path: str):
        self.session = ort.InferenceSession(path)

    def route(self, text: str) -> str:
        scores = self.session.run(None, {"text": np.array([text])})[0]
        return ["billing", "tech", "sales"][int(scores.argmax())]


def finetune(model, batches, epochs=2):
    optimizer = torch.optim.AdamW(model.parameters(), lr=2e-5)
    for _ in range(epochs):
        for batch in batches:
            loss = model(**batch).loss
            loss.backward()
            optimizer.step()
            optimizer.zero_grad()
