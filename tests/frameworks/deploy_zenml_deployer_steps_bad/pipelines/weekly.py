"""Weekly refresh: retrain on the last 90 days and register the result."""
from zenml import pipeline

from steps.data import load_transactions
from steps.model import fit_classifier
from steps.registration import register_fraud_model


@pipeline
def weekly_refresh():
    train, _ = load_transactions()
    register_fraud_model(fit_classifier(train))
