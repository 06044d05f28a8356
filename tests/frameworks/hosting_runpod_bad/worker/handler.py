"""RunPod serverless worker for the ticket classifier; the image runs `python -u worker/handler.py`."""
import runpod
import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

from finetune.run_finetune import LABELS

TOKENIZER = AutoTokenizer.from_pretrained("/runpod-volume/ticket-classifier")
MODEL = AutoModelForSequenceClassification.from_pretrained("/runpod-volume/ticket-classifier").eval()


def handler(job):
    text = job["input"]["text"]
    with torch.no_grad():
        logits = MODEL(**TOKENIZER(text, return_tensors="pt", truncation=True)).logits
    return {"label": LABELS[int(logits.argmax())]}


runpod.serverless.start({"handler": handler})
