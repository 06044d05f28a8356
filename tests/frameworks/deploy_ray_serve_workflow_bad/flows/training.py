"""Flyte tasks: train a small text classifier and serve it with Ray Serve."""

import joblib
from flytekit import task
from flytekit.types.file import FlyteFile
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline


@task
def fit_classifier(texts: list[str], labels: list[int]) -> FlyteFile:
    pipeline = make_pipeline(TfidfVectorizer(min_df=2), LogisticRegression(max_iter=500))
    pipeline.fit(texts, labels)
    joblib.dump(pipeline, "ticket_router.joblib")
    return FlyteFile("ticket_router.joblib")
