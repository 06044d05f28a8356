import mlflow
from transformers import pipeline

from serving.prompts import build_prompt

_summarise = pipeline("text2text-generation", model="models/ticket-summariser")


def summarise(model_input: list[str]) -> list[str]:
    return [out["generated_text"] for out in _summarise([build_prompt(t) for t in model_input], max_new_tokens=96)]


mlflow.models.set_model(summarise)
