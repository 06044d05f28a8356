"""Seldon Core Python model: the wrapper imports PriceModel from PriceModel.py."""
import joblib


class PriceModel:
    def __init__(self):
        self.model = joblib.load("/mnt/models/price.joblib")

    def predict(self, X, features_names=None):
        return self.model.predict(X)
