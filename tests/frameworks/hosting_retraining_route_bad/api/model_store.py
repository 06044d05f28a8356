"""The served model: a thin wrapper around the pickled estimator."""
import joblib


class DefaultModel:
    def __init__(self, estimator):
        self.estimator = estimator

    @classmethod
    def from_file(cls, path):
        return cls(joblib.load(path))

    def fit(self, features, labels):
        self.estimator.fit(features, labels)
        return self

    def predict_proba(self, features):
        return self.estimator.predict_proba(features)[:, 1]

    def save(self, path):
        joblib.dump(self.estimator, path)
