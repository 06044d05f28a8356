"""The estimator wrapper training uses: it fits and predicts, it serves nothing."""
import joblib
from sklearn.linear_model import LogisticRegression


class ChurnPredictor:
    def __init__(self, path: str = "artifacts/churn.joblib"):
        self.path = path
        self.model = LogisticRegression(max_iter=500)

    def fit(self, X, y):
        self.model.fit(X, y)
        joblib.dump(self.model, self.path)
        return self

    def predict(self, X):
        return self.model.predict_proba(X)[:, 1]

    @classmethod
    def load(cls, path: str = "artifacts/churn.joblib"):
        predictor = cls(path)
        predictor.model = joblib.load(path)
        return predictor
