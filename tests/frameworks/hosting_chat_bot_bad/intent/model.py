"""Intent classifier: fitted on the labelled support chats, loaded once for answering."""
import joblib
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

ARTIFACT = "artifacts/intent.joblib"


def fit(texts, intents):
    pipeline = make_pipeline(TfidfVectorizer(ngram_range=(1, 2)), LogisticRegression(max_iter=500))
    pipeline.fit(texts, intents)
    joblib.dump(pipeline, ARTIFACT)
    return pipeline


def predict_intent(texts):
    return joblib.load(ARTIFACT).predict(texts)
