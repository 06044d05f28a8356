"""Gradio demo of the ticket classifier, deployed as the support team's triage tool."""

import gradio as gr
from transformers import pipeline

classifier = pipeline("text-classification", model="models/ticket-classifier")


def triage(text: str) -> dict:
    return {r["label"]: r["score"] for r in classifier(text, top_k=None)}


demo = gr.Interface(fn=triage, inputs="text", outputs="label")
demo.launch()
