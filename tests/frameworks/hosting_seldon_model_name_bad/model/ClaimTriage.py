import joblib

from triage_training import vectorise


class ClaimTriage:
    def __init__(self):
        self.model = joblib.load("claim_triage.joblib")

    def predict(self, X, features_names=None):
        return self.model.predict_proba(vectorise(X))
