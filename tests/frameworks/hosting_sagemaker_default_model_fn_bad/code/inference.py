import json

import torch

from train import encode


def input_fn(request_body, content_type="application/json"):
    return json.loads(request_body)["inputs"]


def predict_fn(texts, model_and_tokenizer):
    model, tokenizer = model_and_tokenizer
    with torch.no_grad():
        logits = model(**encode(tokenizer, texts)).logits
    return logits.softmax(-1).tolist()
