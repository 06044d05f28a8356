"""Sentiment tooling: `score` labels a CSV of reviews with the published model."""

import pandas as pd
import typer
from transformers import pipeline

from sentiment.finetune import LABELS, finetune

app = typer.Typer()
app.command()(finetune)


@app.command()
def score(reviews_csv: str, model_dir: str = "artifacts/sentiment", out_csv: str = "scored.csv") -> None:
    classify = pipeline("text-classification", model=model_dir)
    reviews = pd.read_csv(reviews_csv)
    reviews["label"] = [p["label"] for p in classify(reviews["text"].tolist(), truncation=True)]
    reviews.to_csv(out_csv, index=False)


if __name__ == "__main__":
    app()
