from pathlib import Path

import onnxruntime as ort

from text_features import vectorise


class TriageModel:
    def __init__(self):
        self.session = ort.InferenceSession(str(Path(__file__).with_name("triage.onnx")))

    def predict(self, X, features_names=None):
        return self.session.run(None, {"input": vectorise(X)})[1]
