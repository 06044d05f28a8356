"""Fine-tunes the mood classifier on a labelled CSV."""

import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import make_pipeline


def fit_classifier(csv_path: str, c: float = 1.0):
    frame = pd.read_csv(csv_path)
    pipeline = make_pipeline(TfidfVectorizer(), LogisticRegression(C=c, max_iter=500))
    pipeline.fit(frame["text"], frame["mood"])
    labels = sorted(frame["mood"].unique())
    return pipeline, labels
