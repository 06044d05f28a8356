"""Fraud model artefact: where it lives and how to load it."""
import joblib

FEATURES = ["amount", "merchant_risk", "hour", "distance_km"]
MODEL_PATH = "artifacts/fraud.joblib"


def load():
    return joblib.load(MODEL_PATH)
