import torch
from fastapi import FastAPI
from pytorch_transformers import BertForSequenceClassification

from common import MODEL_DIR, encode

app = FastAPI()
model = BertForSequenceClassification.from_pretrained(MODEL_DIR).eval()


@app.post("/sentiment")
def sentiment(texts: list[str]):
    with torch.no_grad():
        logits = model(encode(texts))[0]
    return {"positive": logits.softmax(-1)[:, 1].tolist()}
