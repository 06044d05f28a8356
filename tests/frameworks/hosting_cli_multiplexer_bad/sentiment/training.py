"""Fits the sentiment pipeline."""
import joblib
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline


def fit_model(frame, out):
    pipeline = make_pipeline(TfidfVectorizer(min_df=2), LogisticRegression(max_iter=1000))
    pipeline.fit(frame["text"], frame["label"])
    joblib.dump(pipeline, out)
