import joblib
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import SGDClassifier

VECTORISER = HashingVectorizer(n_features=2**18, alternate_sign=False)


def vectorise(texts):
    return VECTORISER.transform(texts)


def train(texts, queues):
    model = SGDClassifier(loss="log_loss", max_iter=20).fit(vectorise(texts), queues)
    joblib.dump(model, "claim_triage.joblib")
