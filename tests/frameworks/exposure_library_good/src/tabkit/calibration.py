"""A wrapper that calibrates any scikit-learn classifier's probabilities."""

from __future__ import annotations

from sklearn.calibration import CalibratedClassifierCV


class CalibratedModel:
    def __init__(self, estimator, method: str = "isotonic") -> None:
        self.inner = CalibratedClassifierCV(estimator, method=method, cv=5)

    def fit(self, features, labels) -> "CalibratedModel":
        self.inner.fit(features, labels)
        return self

    def predict_proba(self, features):
        return self.inner.predict_proba(features)
