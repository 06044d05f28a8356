"""Online endpoint scoring script for the summariser."""
import json
import os

from transformers import AutoModelForSeq2SeqLM, AutoTokenizer


def init():
    global model, tokenizer
    path = os.environ["AZUREML_MODEL_DIR"]
    model = AutoModelForSeq2SeqLM.from_pretrained(path)
    tokenizer = AutoTokenizer.from_pretrained(path)


def run(raw):
    text = json.loads(raw)["text"]
    ids = model.generate(**tokenizer(text, return_tensors="pt"), max_new_tokens=80)
    return tokenizer.decode(ids[0], skip_special_tokens=True)
