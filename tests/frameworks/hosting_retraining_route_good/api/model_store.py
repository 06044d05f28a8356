"""The served model: a thin wrapper around the pickled estimator."""
import joblib


class DefaultModel:
    def __init__(self, estimator):
        self.estimator = estimator

    @classmethod
    def from_file(cls, path):
        return cls(joblib.load(path))

    def predict_proba(self, features):
        return self.estimator.predict_proba(features)[:, 1]
