from sklearn.linear_model import SGDClassifier

from text_features import vectorise


def fit(texts, queues) -> SGDClassifier:
    return SGDClassifier(loss="log_loss", max_iter=20).fit(vectorise(texts), queues)
