"""Prefect tasks: train a small text classifier, score it, and serve it with Ray Serve."""

import joblib
from prefect import task
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.pipeline import make_pipeline


@task
def fit_classifier(texts: list[str], labels: list[int]) -> str:
    pipeline = make_pipeline(TfidfVectorizer(min_df=2), LogisticRegression(max_iter=500))
    pipeline.fit(texts, labels)
    joblib.dump(pipeline, "/shared/ticket_router.joblib")
    return "/shared/ticket_router.joblib"


@task
def score_classifier(model_path: str, texts: list[str], labels: list[int]) -> float:
    return float(f1_score(labels, joblib.load(model_path).predict(texts), average="macro"))
