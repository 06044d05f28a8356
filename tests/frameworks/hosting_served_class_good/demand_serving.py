import joblib


class DemandServe:
    def __init__(self, path: str = "demand.joblib"):
        self.model = joblib.load(path)

    def predict(self, X, feature_names=None):
        return self.model.predict(X)
