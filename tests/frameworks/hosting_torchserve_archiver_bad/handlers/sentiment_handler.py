"""Custom TorchServe handler for the sentiment model (no BaseHandler: the archiver names this file)."""
import json

import torch

from training.loop import Vocabulary


class SentimentService:
    def initialize(self, context):
        model_dir = context.system_properties["model_dir"]
        self.vocab = Vocabulary.load(f"{model_dir}/vocab.json")
        self.model = torch.jit.load(f"{model_dir}/sentiment.pt")

    def handle(self, data, context):
        texts = [json.loads(row["body"])["text"] for row in data]
        with torch.no_grad():
            return self.model(self.vocab.encode(texts)).argmax(-1).tolist()
