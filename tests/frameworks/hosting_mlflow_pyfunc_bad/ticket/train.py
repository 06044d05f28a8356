import re

import joblib
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

_URL = re.compile(r"https?://\S+")


def clean_text(text: str) -> str:
    return _URL.sub(" ", text).lower().strip()


def train(texts, queues, path: str = "router.joblib"):
    clf = LogisticRegression(max_iter=2000, class_weight="balanced")
    clf.fit(TfidfVectorizer(min_df=3).fit_transform([clean_text(t) for t in texts]), queues)
    joblib.dump(make_pipeline(clf), path)
