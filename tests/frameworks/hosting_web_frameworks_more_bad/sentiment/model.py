import re

import joblib
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.pipeline import make_pipeline

_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _SPACES.sub(" ", text).strip().lower()


def refit(texts, labels, path: str = "sentiment.joblib") -> None:
    pipeline = make_pipeline(TfidfVectorizer(preprocessor=normalise), SGDClassifier(loss="log_loss"))
    pipeline.fit(texts, labels)
    joblib.dump(pipeline, path)
