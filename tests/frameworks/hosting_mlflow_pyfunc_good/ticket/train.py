import joblib
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from ticket.text import clean_text


def train(texts, queues, path: str = "router.joblib"):
    pipeline = Pipeline([("tfidf", TfidfVectorizer(min_df=3)), ("clf", LogisticRegression(max_iter=2000))])
    pipeline.fit([clean_text(t) for t in texts], queues)
    joblib.dump(pipeline, path)
