"""Nodes of the training pipeline, and the scoring node the nightly run reuses."""
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier


def train_classifier(features: pd.DataFrame, labels: pd.Series, params: dict) -> HistGradientBoostingClassifier:
    model = HistGradientBoostingClassifier(max_iter=params["max_iter"])
    model.fit(features, labels)
    return model


def predict_churn(model: HistGradientBoostingClassifier, customers: pd.DataFrame) -> pd.DataFrame:
    return customers.assign(churn_probability=model.predict_proba(customers)[:, 1])
