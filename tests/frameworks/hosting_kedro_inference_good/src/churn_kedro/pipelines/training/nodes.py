"""Nodes of the training pipeline."""
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier


def train_classifier(features: pd.DataFrame, labels: pd.Series, params: dict) -> HistGradientBoostingClassifier:
    model = HistGradientBoostingClassifier(max_iter=params["max_iter"])
    model.fit(features, labels)
    return model
