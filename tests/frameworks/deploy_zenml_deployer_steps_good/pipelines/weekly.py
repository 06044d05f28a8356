"""Weekly refresh: retrain on the last 90 days and register the result if it clears the bar."""
from zenml import pipeline

from steps.data import load_transactions
from steps.gates import checked_classifier
from steps.model import fit_classifier, holdout_precision
from steps.registration import register_fraud_model


@pipeline
def weekly_refresh():
    train, holdout = load_transactions()
    classifier = fit_classifier(train)
    checked = checked_classifier(classifier, holdout_precision(classifier, holdout))
    register_fraud_model(checked)
