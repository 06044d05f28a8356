"""Review sentiment API: scores each review with the fine-tuned model."""
from fastapi import FastAPI
from pydantic import BaseModel
from transformers import pipeline

from reviews.settings import MODEL_DIR

app = FastAPI()
classify = pipeline("text-classification", model=MODEL_DIR, tokenizer=MODEL_DIR)


class Review(BaseModel):
    text: str


@app.post("/sentiment")
def sentiment(review: Review) -> dict:
    return classify(review.text)[0]
