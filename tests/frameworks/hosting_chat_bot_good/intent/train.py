"""Fit the intent classifier on the labelled support chats."""
import joblib
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

from intent.model import ARTIFACT


def fit(texts, intents):
    pipeline = make_pipeline(TfidfVectorizer(ngram_range=(1, 2)), LogisticRegression(max_iter=500))
    pipeline.fit(texts, intents)
    joblib.dump(pipeline, ARTIFACT)
