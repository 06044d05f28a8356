import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

from sentiment.config import LABELS


class SentimentClassifier:
    def __init__(self, model_dir: str, device: str = "cpu"):
        self.tokenizer = AutoTokenizer.from_pretrained(model_dir)
        self.model = AutoModelForSequenceClassification.from_pretrained(model_dir).to(device).eval()
        self.device = device

    @torch.inference_mode()
    def predict(self, texts: list[str]) -> list[dict]:
        batch = self.tokenizer(texts, padding=True, truncation=True, max_length=256, return_tensors="pt").to(self.device)
        probs = self.model(**batch).logits.softmax(-1).cpu()
        return [{"label": LABELS[int(p.argmax())], "score": float(p.max())} for p in probs]
