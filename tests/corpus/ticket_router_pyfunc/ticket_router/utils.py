"""Misc helpers for the ticket router (text cleaning, IO, and the quick retrain used by ops)."""
import json
import re
import unicodedata

import joblib
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

_URL = re.compile(r"https?://\S+")
_WS = re.compile(r"\s+")


def clean_text(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = _URL.sub(" <url> ", text)
    return _WS.sub(" ", text).strip()


def read_jsonl(path: str) -> pd.DataFrame:
    with open(path, encoding="utf-8") as fh:
        return pd.DataFrame([json.loads(line) for line in fh])


def retrain(path: str, out: str) -> None:
    """Quick retrain for the ops team when a new queue is added."""
    df = read_jsonl(path)
    pipe = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), min_df=3), LogisticRegression(max_iter=2000, C=4.0))
    pipe.fit(df["body"].map(clean_text), df["queue"])
    joblib.dump(pipe, out)
