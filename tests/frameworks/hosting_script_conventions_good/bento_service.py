"""Summariser exposed through BentoML's service file."""
from transformers import pipeline

summarize = pipeline("summarization", model="sshleifer/distilbart-cnn-12-6")


def summarise(text: str) -> str:
    return summarize(text)[0]["summary_text"]
