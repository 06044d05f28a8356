"""Label a CSV of reviews with the published sentiment model."""

import sys

import pandas as pd
from transformers import pipeline

from sentiment.labels import LABELS


def main(reviews_csv: str, out_csv: str) -> None:
    classify = pipeline("text-classification", model="artifacts/sentiment", top_k=len(LABELS))
    reviews = pd.read_csv(reviews_csv)
    reviews["scores"] = classify(reviews["text"].tolist(), truncation=True)
    reviews.to_csv(out_csv, index=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
