"""Fit the claims classifier."""
from sklearn.ensemble import HistGradientBoostingClassifier


def fit(features, labels):
    return HistGradientBoostingClassifier(max_iter=300).fit(features, labels)
