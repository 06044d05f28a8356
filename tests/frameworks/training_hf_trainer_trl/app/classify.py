"""Inference helper used by the API: a transformers pipeline over the saved model."""
from transformers import pipeline

classifier = pipeline("text-classification", model="out/imdb/final", device=-1)


def classify(texts: list[str]) -> list[dict]:
    return classifier(texts, truncation=True, batch_size=16)
