import numpy as np
from alibi_detect.cd import KSDrift
from fastapi import FastAPI
from ray import serve
from transformers import pipeline

from sentiment.labels import LABELS

api = FastAPI()


@serve.deployment(num_replicas=2)
@serve.ingress(api)
class SentimentDeployment:
    def __init__(self, model_dir: str, reference_path: str):
        self.classifier = pipeline("sentiment-analysis", model=model_dir)
        self.drift = KSDrift(np.load(reference_path), p_val=0.05)

    @api.post("/predict")
    def predict(self, text: str) -> dict:
        result = self.classifier(text)[0]
        return {"label": LABELS[result["label"]], "score": result["score"]}


app = SentimentDeployment.bind(model_dir="/mnt/models/sentiment", reference_path="/mnt/models/reference.npy")
