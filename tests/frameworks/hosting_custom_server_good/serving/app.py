"""Started by the platform as `python serving/app.py`; the class answers each request."""
import numpy as np
import onnxruntime as ort

from churn.features import COLUMNS, to_row


class ChurnInferenceService:
    def __init__(self, path: str = "/models/churn.onnx"):
        self.session = ort.InferenceSession(path, providers=["CPUExecutionProvider"])

    def predict(self, customer: dict) -> float:
        row = np.asarray([to_row(customer)], dtype=np.float32)
        return float(self.session.run(None, {"input": row})[0][0][1])


SERVICE = ChurnInferenceService()
